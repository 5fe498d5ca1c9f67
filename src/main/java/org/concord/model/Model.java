package org.concord.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked agreement, ready to simulate: every name resolved to a slot, every expression typed,
 * every timing resolved to period indices. Built only by the checker, and only for agreements
 * that checked without errors; the simulator runs nothing else.
 *
 * @param variables how many loop-variable slots the formulas and provisions use
 */
public record Model(
    String id,
    String title,
    String file,
    Term term,
    String currency,
    String scale,
    Rounding rounding,
    List<Account> accounts,
    List<Input> inputs,
    List<Definition> definitions,
    List<Fund> funds,
    List<Article> articles,
    int variables) {

  public Model {
    accounts = List.copyOf(accounts);
    inputs = List.copyOf(inputs);
    definitions = List.copyOf(definitions);
    funds = List.copyOf(funds);
    articles = List.copyOf(articles);
  }

  public Account account(String id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }

  public Input input(String id) {
    return inputs.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
  }

  /** Every provision of a kind, in article order, looking inside conditionals and loops. */
  public <T extends Provision> List<T> all(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Article a : articles) collect(a.provisions(), kind, out);
    return out;
  }

  private static <T extends Provision> void collect(List<Provision> ps, Class<T> kind, List<T> out) {
    for (Provision p : ps) {
      if (kind.isInstance(p)) out.add(kind.cast(p));
      // instanceof, not a pattern switch: start-up (issue 7; see the check stage's package-info)
      if (p instanceof Provision.Conditional c) {
        for (Provision.Branch b : c.branches()) collect(b.provisions(), kind, out);
        collect(c.otherwise(), kind, out);
      } else if (p instanceof Provision.ForEach f) {
        collect(f.body(), kind, out);
      }
    }
  }
}
