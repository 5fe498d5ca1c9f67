package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Fund;
import org.concord.model.Rounding;

/**
 * Common funds (spec/semantics.md, "Funds"): opening balances, payouts made clause by clause from
 * the balance the clauses before left, shortfall policies (every part of the short clause scaled
 * alike; under `arrears` the unpaid rest owed and paid first in later periods), and balances
 * that lapse at period end.
 */
final class Funds {
  private final Run run;
  /** By account slot: the fund declared there, or null. */
  private final Fund[] fundAt;
  private final List<List<Move>> owed = new ArrayList<>();

  Funds(Run run) {
    this.run = run;
    fundAt = new Fund[run.accounts.size()];
    for (Fund f : run.model.funds()) fundAt[f.account()] = f;
    for (int i = 0; i < fundAt.length; i++) {
      owed.add(new ArrayList<>());
    }
  }

  boolean isFund(int account) {
    return fundAt[account] != null;
  }

  /** Who stands for an account in a dispute: a fund's holder, else the account itself. */
  int side(int account) {
    if (account < 0 || fundAt[account] == null || fundAt[account].heldBy() == Rounding.NO_ACCOUNT) return account;
    return fundAt[account].heldBy();
  }

  void openingBalances() {
    for (Fund f : run.model.funds()) {
      if (f.initialBalance() == null) continue;
      run.eval.article = "fund " + run.id(f.account());
      try {
        run.ledger.initialBalance(f.account(), run.amount(f.initialBalance(), 0));
      } catch (Stop stop) {
        run.report(stop.diagnostic);
      }
    }
  }

  /**
   * Fund arrears from earlier periods, at the start of period {@code t}: oldest first, as far
   * as each fund's balance allows (the last one paid may be paid in part).
   */
  void payArrears(int t) {
    for (Fund f : run.model.funds()) {
      List<Move> due = owed.get(f.account());
      if (due.isEmpty()) continue;
      List<Move> still = new ArrayList<>();
      BigDecimal left = run.money.floor(run.ledger.balance(f.account()).max(BigDecimal.ZERO));
      for (Move m : due) {
        BigDecimal now = m.amount().min(left);
        left = left.subtract(now);
        if (now.signum() > 0) run.disputes.transfer(m.withAmount(now, m.reason()), t, null);
        if (m.amount().compareTo(now) > 0) still.add(m.withAmount(m.amount().subtract(now), m.reason()));
      }
      due.clear();
      due.addAll(still);
    }
  }

  /**
   * What one clause asks of a fund (one payment, or the parts of one distribution), paid at
   * once from the balance left by the clauses before; when it is short, the fund's shortfall
   * policy decides.
   */
  void pay(List<Move> parts, int t) {
    if (parts.isEmpty()) return;
    int a = parts.get(0).from();
    Fund f = fundAt[a];
    BigDecimal asked = parts.stream().map(Move::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal holds = run.ledger.balance(a).max(BigDecimal.ZERO);
    if (asked.compareTo(holds) <= 0) {
      for (Move m : parts) run.disputes.transfer(m, t, null);
      return;
    }
    BigDecimal available = run.money.floor(holds);
    String policy = switch (f.shortfall()) {
      case PRO_RATA -> "pro-rata";
      case ARREARS -> "arrears";
      case UNDECLARED -> "undeclared";
    };
    if (f.shortfall() == Fund.Shortfall.UNDECLARED) {
      run.report(Diagnostic.of(Code.C1103, parts.get(0).clause(), run.id(a), run.fmt(asked), run.label(t), run.fmt(holds)));
    }
    List<BigDecimal> weights = parts.stream().map(Move::amount).toList();
    List<Integer> payees = parts.stream().map(Move::to).toList();
    BigDecimal[] paid = run.money.apportion(available, weights, payees);
    for (int i = 0; i < paid.length; i++) {
      Move m = parts.get(i);
      String why = m.reason() + "; fund `" + run.id(a) + "` short, " + run.fmt(paid[i]) + " of " + run.fmt(m.amount()) + " paid";
      run.disputes.transfer(m.withAmount(paid[i], why), t, null);
      BigDecimal rest = m.amount().subtract(paid[i]);
      if (f.shortfall() == Fund.Shortfall.ARREARS && rest.signum() > 0) {
        owed.get(a).add(m.withAmount(rest, "arrears of fund `" + run.id(a) + "` from " + run.label(t) + "; " + m.reason()));
      }
    }
    run.event("shortfall", Run.fields("fund", run.id(a), "article", parts.get(0).article(), "policy", policy,
        "requested", run.fmt(asked), "available", run.fmt(holds), "paid", run.fmt(available),
        "unpaid", run.fmt(asked.subtract(available))));
  }

  /**
   * A fund with `lapse to X` empties into X at period end; any other fund carries its balance
   * over (`carry over`, or nothing said: the model cannot tell those apart, and a fund that kept
   * nothing would not be a fund).
   */
  void lapse(int t) {
    for (Fund f : run.model.funds()) {
      if (f.carryOver() || f.lapseTo() == Rounding.NO_ACCOUNT) continue;
      int to = f.lapseTo();
      BigDecimal left = run.ledger.balance(f.account());
      if (to == Rounding.NO_ACCOUNT || left.signum() <= 0) continue;
      run.ledger.transfer(new Flow(t, f.account(), to, left, null,
          "balance of fund `" + run.id(f.account()) + "` lapses at the end of the period", f.span(), List.of()));
    }
  }
}
