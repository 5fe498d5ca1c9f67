package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Provision;

/**
 * How a distribution or contribution divides its amount among parties (spec/semantics.md,
 * "Distributions and contributions"): the weights {@link Money#apportion} splits by, and a
 * reason for each party's part.
 */
final class Basis {
  /** The weights, and the reason for party {@code i}'s part, written only for the parts that become flows. */
  record Split(List<BigDecimal> weights, java.util.function.IntFunction<String> why) {}

  private final Run run;

  Basis(Run run) {
    this.run = run;
  }

  /**
   * @param lowestFirst true for a distribution (equalising lifts the lowest measures first),
   *     false for a contribution (equalising takes from the highest measures first)
   */
  Split split(Provision.Basis basis, List<Integer> parties, BigDecimal total, boolean lowestFirst) {
    int n = parties.size();
    return switch (basis) {
      case Provision.Equally e -> {
        // the texts are written once per provision, and only when reasons are
        String why = run.explain ? "equally among " + n : "";
        yield new Split(java.util.Collections.nCopies(n, BigDecimal.ONE), i -> why);
      }
      case Provision.Proportional p -> {
        List<BigDecimal> w = values(p.variable(), p.weight(), parties);
        BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < n; i++) {
          if (w.get(i).signum() < 0) fail(p.weight(), "the weight of `" + run.id(parties.get(i)) + "` is " + Evaluator.show(w.get(i)));
        }
        if (sum.signum() == 0) fail(p.weight(), "every weight is zero");
        String of = run.explain ? " of " + Evaluator.show(sum) : "";
        yield new Split(w, i -> "in proportion to " + text(p.variable(), p.weight(), parties.get(i)) + " = "
            + Evaluator.show(w.get(i)) + of);
      }
      case Provision.Equalising q -> {
        List<BigDecimal> m = values(q.variable(), q.measure(), parties);
        List<BigDecimal> fill = lowestFirst ? waterFill(total, m, parties) : waterFill(total, negate(m), parties);
        String how = lowestFirst ? ", lowest lifted first" : ", highest lowered first";
        yield new Split(fill, i -> "equalising " + text(q.variable(), q.measure(), parties.get(i)) + " = "
            + Evaluator.show(m.get(i)) + how);
      }
    };
  }

  private List<BigDecimal> values(int variable, org.concord.model.Formula f, List<Integer> parties) {
    List<BigDecimal> out = new ArrayList<>();
    for (int p : parties) out.add(run.eval.with(variable, p, () -> run.eval.number(f, run.t)));
    return out;
  }

  private String text(int variable, org.concord.model.Formula f, int party) {
    return run.eval.with(variable, party, () -> run.eval.text().text(f, run.eval.bound));
  }

  private void fail(org.concord.model.Formula f, String why) {
    throw new Stop(Diagnostic.of(Code.C1105, f.span(), run.eval.article, "its amount", run.label(run.t), why));
  }

  private static List<BigDecimal> negate(List<BigDecimal> xs) {
    return xs.stream().map(BigDecimal::negate).toList();
  }

  /**
   * "Fill the lowest first": the level L at which {@code sum(max(0, L - m_i)) = amount}; each
   * party gets {@code max(0, L - m_i)}. Ties in the measure keep account-slot order; all-equal
   * measures give equal parts.
   */
  static List<BigDecimal> waterFill(BigDecimal amount, List<BigDecimal> measures, List<Integer> parties) {
    int n = measures.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.<Integer, BigDecimal>comparing(measures::get).thenComparing(parties::get));
    // the amount plus the k lowest measures: the value and scale of adding their sum (from a zero of scale 0) to it
    BigDecimal lifted = amount.scale() < 0 ? amount.setScale(0) : amount;
    BigDecimal level = null;
    int k = 0;
    while (k < n) {
      lifted = lifted.add(measures.get(order[k]));
      k++;
      level = Money.divide(lifted, BigDecimal.valueOf(k));
      if (k == n || level.compareTo(measures.get(order[k])) <= 0) break;
    }
    List<BigDecimal> parts = new ArrayList<>(java.util.Collections.nCopies(n, BigDecimal.ZERO));
    for (int i = 0; i < k; i++) parts.set(order[i], level.subtract(measures.get(order[i])).max(BigDecimal.ZERO));
    if (parts.stream().allMatch(x -> x.signum() == 0)) return java.util.Collections.nCopies(n, BigDecimal.ONE);
    return parts;
  }
}
