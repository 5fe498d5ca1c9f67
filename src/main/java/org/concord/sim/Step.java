package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.model.Formula;
import org.concord.model.Provision;
import org.concord.model.Schedule;

/**
 * A provision compiled once per agreement by {@link Plan}: the provision with what does not
 * change from period to period worked out in advance, so the period loop dispatches on a small
 * closed set and does only the arithmetic that depends on the scenario.
 */
sealed interface Step {
  Provision provision();

  /** `X pays E to Y`; {@code fixed} is E rounded when E is a constant that makes a valid flow, else null. */
  record Pay(Provision.Payment provision, BigDecimal fixed) implements Step {}

  /**
   * A distribution (from the fund to the parties) or a contribution (from the parties to the
   * fund). {@code fixed} is E rounded when E is a constant that makes a valid flow; {@code equal},
   * the weights of an equal split (null for other bases); {@code fixedParts}, each party's part
   * when a fixed amount other than zero is split equally (null otherwise). Never written to.
   */
  record Divide(
      Provision provision,
      int fund,
      List<Integer> parties,
      Formula amount,
      Provision.Basis basis,
      Schedule schedule,
      boolean distribution,
      BigDecimal fixed,
      List<BigDecimal> equal,
      BigDecimal[] fixedParts)
      implements Step {}

  /** `share base collected by C …`, with its split by portion. */
  record Share(Provision.Share provision, Plan.ShareSplit split) implements Step {}

  /** `if … then … else … end`: each branch's condition and steps, then the steps otherwise. */
  record Branches(Provision.Conditional provision, List<Formula> conditions, List<List<Step>> bodies, List<Step> otherwise)
      implements Step {}

  /** `for each p in S … end`. */
  record Loop(Provision.ForEach provision, List<Step> body) implements Step {}

  /** An obligation: performed (or breached) at its deadline. */
  record Perform(Provision.Obligation provision) implements Step {}

  /** A penalty or dispute route: standing rules that act on breaches and disputes, not in the period loop. */
  record Standing(Provision provision) implements Step {}

  /** An article's number and its steps, in clause order. */
  record Article(String number, List<Step> steps) {}
}
