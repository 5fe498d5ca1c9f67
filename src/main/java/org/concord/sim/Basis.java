package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
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
  record Split(List<BigDecimal> weights, List<String> why) {}

  private final Run run;

  Basis(Run run) {
    this.run = run;
  }

  /**
   * @param lowestFirst true for a distribution (equalising pays those below the mean), false for
   *     a contribution (equalising takes from those above it)
   * @return the split, or null when the weights are all zero (C1107: nothing is divided)
   */
  Split split(Provision.Basis basis, List<Integer> parties, BigDecimal total, boolean lowestFirst) {
    int n = parties.size();
    return switch (basis) {
      case Provision.Equally e -> new Split(
          java.util.Collections.nCopies(n, BigDecimal.ONE), java.util.Collections.nCopies(n, "equally among " + n));
      case Provision.Proportional p -> {
        List<BigDecimal> w = values(p.variable(), p.weight(), parties);
        BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < n; i++) {
          if (w.get(i).signum() < 0) fail(p.weight(), "the weight of `" + run.id(parties.get(i)) + "` is " + Money.format(w.get(i), null));
        }
        if (sum.signum() == 0) {
          run.report(Diagnostic.of(Code.C1107, p.weight().span(), run.eval.article, run.label(run.t)));
          yield null;
        }
        List<String> why = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          why.add("in proportion to " + text(p.variable(), p.weight(), parties.get(i)) + " = "
              + Evaluator.show(w.get(i)) + " of " + Evaluator.show(sum));
        }
        yield new Split(w, why);
      }
      case Provision.Equalising q -> {
        List<BigDecimal> m = values(q.variable(), q.measure(), parties);
        BigDecimal mean = Money.divide(m.stream().reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal.valueOf(n));
        List<BigDecimal> gaps = gaps(m, mean, lowestFirst);
        List<String> why = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          why.add("equalising " + text(q.variable(), q.measure(), parties.get(i)) + " = " + Evaluator.show(m.get(i))
              + ", mean " + Evaluator.show(mean));
        }
        yield new Split(gaps, why);
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
   * Parts in proportion to the gap from the mean: {@code mean − m_i} for the parties below it
   * (a distribution), {@code m_i − mean} for those above it (a contribution); parties on the
   * other side get nothing. When every party is at the mean, equal parts.
   */
  static List<BigDecimal> gaps(List<BigDecimal> measures, BigDecimal mean, boolean below) {
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal m : measures) out.add((below ? mean.subtract(m) : m.subtract(mean)).max(BigDecimal.ZERO));
    if (out.stream().allMatch(x -> x.signum() == 0)) return java.util.Collections.nCopies(measures.size(), BigDecimal.ONE);
    return out;
  }
}
