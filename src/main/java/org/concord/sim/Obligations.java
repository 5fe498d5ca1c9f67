package org.concord.sim;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.sim.scenario.ScenarioEvent;

/**
 * Obligations, breaches and penalties (spec/semantics.md, "Obligations and penalties"): a duty
 * is performed at its deadline (or every period) unless the scenario says the party defaults;
 * a default or a false `ensure` is a breach; a breach fires every penalty on that obligation at
 * once; interest accrues at the start of each period on the arrears carried into it.
 */
final class Obligations {
  private final Run run;
  /** [obligation index][account slot]: unpaid amounts of pay duties. */
  private final BigDecimal[][] arrears;
  /** [obligation index][account slot]: breaches so far. */
  private final int[][] breaches;
  private final List<Provision.Penalty> penalties;
  /** The scenario's defaults: obligation index, party and period packed by {@link #key}. */
  private final Set<Long> defaults = new HashSet<>();

  Obligations(Run run) {
    this.run = run;
    int count = run.plan.obligations;
    int accounts = run.accounts.size();
    arrears = new BigDecimal[count][accounts];
    breaches = new int[count][accounts];
    for (BigDecimal[] row : arrears) java.util.Arrays.fill(row, BigDecimal.ZERO);
    penalties = run.plan.penalties;
    // the scenario names obligations by id; the period loop looks them up by index, without strings
    for (ScenarioEvent e : run.scenario.events()) {
      if (!(e instanceof ScenarioEvent.Default d)) continue;
      for (Provision.Obligation o : run.plan.allObligations) {
        if (o.id().equals(d.obligation())) defaults.add(key(o.index(), d.party(), d.period()));
      }
    }
  }

  /** One key per obligation, party and period, 21 bits each (the parse limits keep them far below 2²¹). */
  private static long key(int obligation, int party, int period) {
    long mask = (1 << 21) - 1;
    return (obligation & mask) << 42 | (party & mask) << 21 | (period & mask);
  }

  BigDecimal arrears(int obligation, int party) {
    return arrears[obligation][party];
  }

  void perform(Provision.Obligation o, int t) {
    if (o.deadline() != -1 && o.deadline() != t) return;
    int party = run.eval.party(o.party());
    boolean defaults = !this.defaults.isEmpty() && this.defaults.contains(key(o.index(), party, t));
    switch (o.duty()) {
      case Provision.PayDuty pay -> {
        BigDecimal amount = run.amount(pay.amount(), t);
        int payee = run.eval.party(pay.payee());
        if (defaults) {
          arrears[o.index()][party] = arrears[o.index()][party].add(amount);
          breach(o, party, "did not pay " + run.fmt(amount) + " to " + run.id(payee), payee);
        } else {
          run.pay(party, payee, amount, o.span(),
              run.explain ? run.reason("obligation `" + o.id() + "`: pay " + run.fmt(amount)) : "");
        }
      }
      case Provision.EnsureDuty ensure -> {
        boolean holds = run.eval.truth(ensure.condition(), t);
        if (!holds) breach(o, party, run.eval.because(ensure.condition(), false, t), Rounding.NO_ACCOUNT);
        else if (defaults) breach(o, party, "defaults (scenario)", Rounding.NO_ACCOUNT);
      }
    }
  }

  private void breach(Provision.Obligation o, int party, String what, int counterparty) {
    int repeat = breaches[o.index()][party]++;
    BigDecimal owed = arrears[o.index()][party];
    run.event("breach", Run.fields("obligation", o.id(), "party", run.id(party), "article", run.eval.article,
        "what", what, "arrears", run.fmt(owed), "repeat", String.valueOf(repeat),
        "hortatory", o.hortatory() ? "true" : null));
    if (o.hortatory()) return;
    String article = run.eval.article;
    Disputes.Dispute dispute = null;
    try {
      for (Provision.Penalty p : penalties) {
        if (p.obligation() != o.index() || p.amount() == null) continue;
        run.eval.article = run.articleOf(p);
        run.eval.context(owed, repeat);
        BigDecimal amount = run.eval.number(p.amount(), run.t);
        String how = "penalty on breach of `" + o.id() + "`";
        if (p.escalationRate() != null && repeat > 0) {
          amount = amount.multiply(BigDecimal.ONE.add(p.escalationRate()).pow(repeat));
          how += ", escalated " + repeat + " time" + (repeat == 1 ? "" : "s") + " by "
              + Money.format(p.escalationRate().movePointRight(2), null) + "%";
        }
        amount = run.money.round(run.eval.guard(amount, run.t));
        if (amount.signum() <= 0) continue;
        int payer = p.payer() == Rounding.NO_ACCOUNT ? party : p.payer();
        if (dispute == null) dispute = run.disputes.onBreach(article, payer, p.payee(), run.t);
        run.disputes.transfer(new Move(payer, p.payee(), amount, run.eval.article, p.span(),
            run.explain ? run.reason(how + " = " + run.fmt(amount)) : "", run.eval.uses()), run.t, dispute);
        run.event("penalty", Run.fields("obligation", o.id(), "party", run.id(payer), "to", run.id(p.payee()),
            "amount", run.fmt(amount), "article", run.eval.article, "repeat", String.valueOf(repeat)));
      }
    } catch (Stop stop) {
      run.report(stop.diagnostic, o.span());
    } finally {
      run.eval.article = article;
      run.eval.context(BigDecimal.ZERO, 0);
    }
  }

  /** Interest on arrears carried into period {@code t}, in penalty order, parties in slot order. */
  void chargeInterest(int t) {
    if (t == 0) return;
    for (Provision.Penalty p : penalties) {
      if (p.interestRate() == null || p.interestTo() == Rounding.NO_ACCOUNT || p.obligation() >= arrears.length) continue;
      for (int party = 0; party < run.accounts.size(); party++) {
        BigDecimal owed = arrears[p.obligation()][party];
        if (owed.signum() <= 0) continue;
        BigDecimal interest = run.money.round(owed.multiply(p.interestRate()));
        if (interest.signum() <= 0) continue;
        int payer = p.payer() == Rounding.NO_ACCOUNT ? party : p.payer();
        String article = run.articleOf(p);
        String rate = Money.format(p.interestRate().movePointRight(2), null) + "%";
        run.disputes.transfer(new Move(payer, p.interestTo(), interest, article, p.span(),
            run.explain ? "interest " + rate + " on arrears " + run.fmt(owed) : "", List.of()), t, null);
        run.event("penalty", Run.fields("kind", "interest", "party", run.id(payer), "to", run.id(p.interestTo()),
            "amount", run.fmt(interest), "arrears", run.fmt(owed), "article", article));
      }
    }
  }
}
