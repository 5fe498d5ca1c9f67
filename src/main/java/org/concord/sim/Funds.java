package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.model.Fund;
import org.concord.model.Rounding;

/**
 * Common funds (spec/semantics.md, "Funds"): opening balances, payouts requested during a period
 * and settled at its end (so a shortfall treats every payout of the period alike), shortfall
 * policies, arrears owed by a fund, and balances that lapse at period end.
 */
final class Funds {
  private final Run run;
  /** By account slot: the fund declared there, or null. */
  private final Fund[] fundAt;
  /** By account slot: what the fund there was asked to pay this period; null for other accounts. */
  private final Requests[] requested;
  /** By account slot: what the fund there owes from earlier periods; empty for other accounts. */
  private final List<List<Move>> owed = new ArrayList<>();

  Funds(Run run) {
    this.run = run;
    fundAt = run.plan.fundAt;
    requested = new Requests[fundAt.length];
    for (int a = 0; a < fundAt.length; a++) {
      // only funds are asked to pay (request is called for them alone): other accounts owe nothing and share one empty list
      if (fundAt[a] != null) requested[a] = new Requests(run.ledger, run.explain);
      owed.add(fundAt[a] == null ? List.of() : new ArrayList<>());
    }
  }

  /**
   * A fund's payouts asked for in the current period, a column per field: most periods pay them
   * all in full, and then no request becomes an object. Their sum is kept in the ledger's whole
   * increments while every amount is one, so the test for a shortfall adds no {@link BigDecimal}s.
   * Reasons and uses are kept only when the run explains its flows: otherwise every reason is
   * empty and every list of uses too, and not writing them is measurably faster (bench/RESULTS.md).
   */
  private static final class Requests {
    private final Ledger ledger;
    int count;
    int[] to = new int[4];
    BigDecimal[] amount = new BigDecimal[4];
    String[] article = new String[4];
    Span[] clause = new Span[4];
    /** Null when the run does not explain its flows. */
    String[] reason;
    List<?>[] uses;
    /** The sum of the amounts in whole increments; {@link Ledger#NO_UNITS} once one is not one, or the sum overflows. */
    long units;

    Requests(Ledger ledger, boolean explained) {
      this.ledger = ledger;
      if (explained) {
        reason = new String[4];
        uses = new List<?>[4];
      }
    }

    void add(int payee, BigDecimal a, String art, Span cl, String why, List<Use> used) {
      if (count == to.length) grow();
      int i = count++;
      to[i] = payee;
      amount[i] = a;
      article[i] = art;
      clause[i] = cl;
      if (reason != null) {
        reason[i] = why;
        uses[i] = used;
      }
      long u = ledger.units(a);
      long sum = units + u;
      // amounts are not negative: a sum that overflowed is negative
      units = units == Ledger.NO_UNITS || u == Ledger.NO_UNITS || sum < 0 ? Ledger.NO_UNITS : sum;
    }

    private void grow() {
      int room = count * 2;
      to = Arrays.copyOf(to, room);
      amount = Arrays.copyOf(amount, room);
      article = Arrays.copyOf(article, room);
      clause = Arrays.copyOf(clause, room);
      if (reason != null) {
        reason = Arrays.copyOf(reason, room);
        uses = Arrays.copyOf(uses, room);
      }
    }

    String reason(int i) {
      return reason == null ? "" : reason[i];
    }

    @SuppressWarnings("unchecked")
    List<Use> uses(int i) {
      return uses == null ? List.of() : (List<Use>) uses[i];
    }

    Move move(int fund, int i) {
      return new Move(fund, to[i], amount[i], article[i], clause[i], reason(i), uses(i));
    }

    /**
     * Forgets the period's requests. The columns keep their old references until written again:
     * the ledger holds the same amounts, reasons and uses for the run anyway.
     */
    void clear() {
      count = 0;
      units = 0;
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
        run.report(stop.diagnostic, f.span());
      }
    }
  }

  /** Asks fund {@code from} to pay {@code amount} to {@code to} at the end of the period. */
  void request(int from, int to, BigDecimal amount, String article, Span clause, String reason, List<Use> uses) {
    requested[from].add(to, amount, article, clause, reason, uses);
  }

  /** Pays every fund's requests of the period, in fund order, then request order; arrears first. */
  void settle(int t) {
    for (Fund f : run.model.funds()) {
      int a = f.account();
      List<Move> arrears = owed.get(a);
      Requests asks = requested[a];
      if (arrears.isEmpty() && asks.count == 0) continue;
      // paying asks no fund for more, so the requests are read while paying and cleared after
      if (arrears.isEmpty() && asks.units != Ledger.NO_UNITS && run.ledger.holdsAtLeast(a, asks.units)) {
        for (int i = 0; i < asks.count; i++) {
          if (run.disputes.contests(asks.article[i])) run.disputes.transfer(asks.move(a, i), t, null);
          else run.ledger.transfer(t, a, asks.to[i], asks.amount[i], asks.article[i], asks.clause[i], asks.reason(i), asks.uses(i));
        }
      } else {
        List<Move> due = new ArrayList<>(arrears);
        for (int i = 0; i < asks.count; i++) due.add(asks.move(a, i));
        arrears.clear();
        pay(f, due, t);
      }
      asks.clear();
    }
  }

  /** Pays what {@code f} owes this period: in full when it holds enough, else as its shortfall policy says. */
  private void pay(Fund f, List<Move> due, int t) {
    int a = f.account();
    BigDecimal asked = BigDecimal.ZERO;
    for (Move m : due) asked = asked.add(m.amount());
    if (run.ledger.holdsAtLeast(a, asked)) {
      for (Move m : due) run.disputes.transfer(m, t, null);
      return;
    }
    BigDecimal holds = run.ledger.balance(a).max(BigDecimal.ZERO);
    BigDecimal available = run.money.floor(holds);
    String policy = switch (f.shortfall()) {
      case PRO_RATA -> "pro-rata";
      case ARREARS -> "arrears";
      case UNDECLARED -> "undeclared";
    };
    if (f.shortfall() == Fund.Shortfall.UNDECLARED) {
      run.report(Diagnostic.of(Code.C1103, f.span(), run.id(a), run.fmt(asked), run.label(t), run.fmt(holds)));
    }
    BigDecimal paid = BigDecimal.ZERO;
    if (f.shortfall() == Fund.Shortfall.ARREARS) {
      BigDecimal left = available;
      for (Move m : due) {
        BigDecimal now = m.amount().min(left);
        left = left.subtract(now);
        paid = paid.add(now);
        if (now.signum() > 0) run.disputes.transfer(m.withAmount(now, m.reason()), t, null);
        BigDecimal rest = m.amount().subtract(now);
        if (rest.signum() > 0) {
          String why = !run.explain || m.reason().startsWith("arrears of fund") ? m.reason()
              : "arrears of fund `" + run.id(a) + "` from " + run.label(t) + "; " + m.reason();
          owed.get(a).add(m.withAmount(rest, why));
        }
      }
    } else {
      List<BigDecimal> weights = due.stream().map(Move::amount).toList();
      List<Integer> payees = due.stream().map(Move::to).toList();
      BigDecimal[] parts = run.money.apportion(available, weights, payees);
      for (int i = 0; i < parts.length; i++) {
        Move m = due.get(i);
        paid = paid.add(parts[i]);
        run.disputes.transfer(m.withAmount(parts[i], !run.explain ? "" : m.reason() + "; reduced pro rata from "
            + run.fmt(m.amount()) + ", fund `" + run.id(a) + "` short"), t, null);
      }
    }
    run.event("shortfall", Run.fields("fund", run.id(a), "policy", policy, "requested", run.fmt(asked),
        "available", run.fmt(holds), "paid", run.fmt(paid), "unpaid", run.fmt(asked.subtract(paid))));
  }

  /**
   * A fund with `lapse to X` empties into X at period end; any other fund carries its balance
   * over (`carry over`, or nothing said: the model cannot tell those apart, and a fund that kept
   * nothing would not be a fund).
   */
  void lapse(int t) {
    for (Fund f : run.plan.lapsing) {
      BigDecimal left = run.ledger.balance(f.account());
      if (left.signum() <= 0) continue;
      run.ledger.transfer(t, f.account(), f.lapseTo(), left, null, f.span(),
          run.explain ? "balance of fund `" + run.id(f.account()) + "` lapses at the end of the period" : "", List.of());
    }
  }
}
