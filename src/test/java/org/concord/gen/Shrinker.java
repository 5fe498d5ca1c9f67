package org.concord.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.concord.ast.Agreement;
import org.concord.ast.Declaration;

/**
 * Makes a failing generated agreement smaller while it still fails: drops declarations, then
 * clauses of articles, then imports and the header's optional parts, one at a time, for as long
 * as any removal keeps the failure. Greedy and simple; enough to turn a 200-line agreement into
 * the few lines that matter.
 */
public final class Shrinker {
  private Shrinker() {}

  public static Agreement shrink(Agreement failing, Predicate<Agreement> fails) {
    Agreement current = failing;
    boolean smaller = true;
    while (smaller) {
      smaller = false;
      for (Agreement candidate : candidates(current)) {
        if (holds(fails, candidate)) {
          current = candidate;
          smaller = true;
          break;
        }
      }
    }
    return current;
  }

  private static boolean holds(Predicate<Agreement> fails, Agreement candidate) {
    try {
      return fails.test(candidate);
    } catch (RuntimeException | AssertionError e) {
      return true; // failing differently still fails
    }
  }

  private static List<Agreement> candidates(Agreement a) {
    List<Agreement> out = new ArrayList<>();
    List<Declaration> decls = a.declarations();
    for (int i = 0; i < decls.size(); i++) {
      List<Declaration> fewer = new ArrayList<>(decls);
      fewer.remove(i);
      out.add(with(a, fewer));
    }
    for (int i = 0; i < decls.size(); i++) {
      if (!(decls.get(i) instanceof Declaration.Article article)) continue;
      for (int c = 0; c < article.clauses().size(); c++) {
        List<org.concord.ast.Clause> clauses = new ArrayList<>(article.clauses());
        clauses.remove(c);
        List<Declaration> changed = new ArrayList<>(decls);
        changed.set(i, new Declaration.Article(article.number(), article.title(), clauses, article.span()));
        out.add(with(a, changed));
      }
    }
    if (!a.imports().isEmpty()) {
      out.add(new Agreement(a.file(), a.header(), List.of(), decls, a.comments(), a.span()));
    }
    return out;
  }

  private static Agreement with(Agreement a, List<Declaration> declarations) {
    return new Agreement(a.file(), a.header(), a.imports(), declarations, a.comments(), a.span());
  }
}
