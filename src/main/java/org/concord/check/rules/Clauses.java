package org.concord.check.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;

/** Every clause of an agreement, nested ones included, with where it stands. */
final class Clauses {
  private Clauses() {}

  /**
   * A clause, its article, whether it applies only under a condition, and how many `for each`
   * loops it is inside (a flow inside a loop happens once per party of the loop).
   */
  record Site(Declaration.Article article, Clause clause, boolean conditional, List<Clause.ForEach> loops) {}

  /**
   * Every clause of the agreement, in source order (unmodifiable). The rules of one agreement
   * share one walk: {@link Declared#sites()}.
   */
  static List<Site> all(Agreement agreement) {
    List<Site> sites = new ArrayList<>();
    for (Declaration.Article article : agreement.articles()) {
      walk(article, article.clauses(), false, List.of(), sites);
    }
    return Collections.unmodifiableList(sites);
  }

  static List<Site> of(Declaration.Article article) {
    List<Site> sites = new ArrayList<>();
    walk(article, article.clauses(), false, List.of(), sites);
    return sites;
  }

  private static void walk(
      Declaration.Article article, List<Clause> clauses, boolean conditional, List<Clause.ForEach> loops,
      List<Site> sites) {
    for (Clause clause : clauses) {
      sites.add(new Site(article, clause, conditional, loops));
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (clause instanceof Clause.Conditional c) {
        for (Clause.Branch b : c.branches()) walk(article, b.clauses(), true, loops, sites);
        if (c.otherwise() != null) walk(article, c.otherwise(), true, loops, sites);
      } else if (clause instanceof Clause.ForEach f) {
        List<Clause.ForEach> inner = new ArrayList<>(loops);
        inner.add(f);
        walk(article, f.body(), conditional, List.copyOf(inner), sites);
      }
    }
  }
}
