package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;
import org.concord.model.Formula;
import org.concord.model.Provision;
import org.concord.model.Schedule;

/**
 * A {@link Step} compiled further for runs that keep the ledger only ({@link
 * Simulator.Detail#LEDGER}): what the step does in every period with its parties, amounts and
 * splits fixed, so the period loop makes the step's flows without looking the step over again (a
 * payment between two named parties pays; a branch tests its conditions and runs its body). A step
 * with nothing fixed to gain runs through {@link Run} as in an explained run ({@link General}).
 * Explained runs keep to the steps: they write reasons this does not. Both make the same flows,
 * events and diagnostics; ConservationPropertyTest holds them to it.
 */
abstract sealed class Action {
  /** Where a diagnostic that ends the action points: its provision's clause. */
  final Span where;

  private Action(Span where) {
    this.where = where;
  }

  /** Does the action in the run's current period. */
  abstract void apply(Run run);

  /** Does each action in turn; one that stops with a diagnostic ends alone, as a step does in {@link Run#run}. */
  static void applyAll(Action[] actions, Run run) {
    for (Action a : actions) {
      try {
        a.apply(run);
      } catch (Stop stop) {
        run.report(stop.diagnostic, a.where);
      }
    }
  }

  /** The steps' actions; a standing rule (a penalty, a dispute route) does nothing in the period loop and has none. */
  static Action[] compile(List<Step> steps) {
    return steps.stream().filter(s -> !(s instanceof Step.Standing)).map(Action::compile).toArray(Action[]::new);
  }

  private static Action compile(Step step) {
    return switch (step) {
      case Step.Pay p when p.provision().payer() instanceof Formula.FixedParty from
          && p.provision().payee() instanceof Formula.FixedParty to ->
          new Pay(p.provision(), from.account(), to.account(), p.fixed());
      case Step.Divide d when d.fixedParts() != null -> new FixedParts(d);
      case Step.Divide d when d.equal() != null && d.parties().size() == 1 -> new Whole(d);
      case Step.Branches b -> new Branches(b);
      default -> new General(step);
    };
  }

  /** A payment between two named parties: the fixed amount, or the formula's in each period. */
  static final class Pay extends Action {
    private final Schedule schedule;
    private final int from;
    private final int to;
    private final BigDecimal fixed;
    private final Formula amount;

    Pay(Provision.Payment p, int from, int to, BigDecimal fixed) {
      super(p.span());
      this.schedule = p.schedule();
      this.from = from;
      this.to = to;
      this.fixed = fixed;
      this.amount = p.amount();
    }

    @Override
    void apply(Run run) {
      if (!schedule.covers(run.t)) return;
      run.pay(from, to, fixed != null ? fixed : run.amount(amount, run.t), where, "");
    }
  }

  /** A fixed amount split equally: each party's part, worked out once by {@link Plan}. */
  static final class FixedParts extends Action {
    private final Schedule schedule;
    private final int fund;
    private final int[] parties;
    private final BigDecimal[] parts;
    private final boolean distribution;

    FixedParts(Step.Divide d) {
      super(d.provision().span());
      this.schedule = d.schedule();
      this.fund = d.fund();
      this.parties = d.parties().stream().mapToInt(Integer::intValue).toArray();
      this.parts = d.fixedParts();
      this.distribution = d.distribution();
    }

    @Override
    void apply(Run run) {
      if (!schedule.covers(run.t)) return;
      for (int i = 0; i < parts.length; i++) {
        if (distribution) run.pay(fund, parties[i], parts[i], where, "");
        else run.pay(parties[i], fund, parts[i], where, "");
      }
    }
  }

  /**
   * An amount split equally among one party: all of it, rounded ({@link Run#amount} rounds to
   * whole increments, which is what {@link Money#apportion} gives a single party with weight).
   */
  static final class Whole extends Action {
    private final Schedule schedule;
    private final int fund;
    private final int party;
    private final BigDecimal fixed;
    private final Formula amount;
    private final boolean distribution;

    Whole(Step.Divide d) {
      super(d.provision().span());
      this.schedule = d.schedule();
      this.fund = d.fund();
      this.party = d.parties().get(0);
      this.fixed = d.fixed();
      this.amount = d.amount();
      this.distribution = d.distribution();
    }

    @Override
    void apply(Run run) {
      if (!schedule.covers(run.t)) return;
      BigDecimal total = fixed != null ? fixed : run.amount(amount, run.t);
      if (distribution) run.pay(fund, party, total, where, "");
      else run.pay(party, fund, total, where, "");
    }
  }

  /** `if … then … else … end`: the first branch whose condition holds, else the otherwise branch. */
  static final class Branches extends Action {
    private final Formula[] conditions;
    private final Action[][] bodies;
    private final Action[] otherwise;

    Branches(Step.Branches b) {
      super(b.provision().span());
      this.conditions = b.conditions().toArray(Formula[]::new);
      this.bodies = b.bodies().stream().map(Action::compile).toArray(Action[][]::new);
      this.otherwise = compile(b.otherwise());
    }

    @Override
    void apply(Run run) {
      for (int i = 0; i < conditions.length; i++) {
        if (run.eval.truth(conditions[i], run.t)) {
          applyAll(bodies[i], run);
          return;
        }
      }
      applyAll(otherwise, run);
    }
  }

  /** Any other step, run by {@link Run} as an explained run runs it. */
  static final class General extends Action {
    private final Step step;

    General(Step step) {
      super(step.provision().span());
      this.step = step;
    }

    @Override
    void apply(Run run) {
      run.dispatch(step);
    }
  }
}
