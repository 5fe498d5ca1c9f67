package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * Money moved so far: every flow in the order it was made, each account's net per period, and
 * the running balance of each account that holds money (funds and escrow; a party's balance is
 * its nets, and nothing reads it). Only {@link #transfer}
 * changes it, so money can neither appear nor vanish; {@link #checkConservation} proves it after
 * every period.
 */
final class Ledger {
  static final Span NO_SPAN = new Span("", 0, 0, 0, 0);

  private final int periods;
  private final BigDecimal[][] net;
  private final BigDecimal[] balance;
  private final BigDecimal[][] opening;
  private final BigDecimal[][] closing;
  /** By account slot: whether it holds money (a fund, escrow), the only balances anything reads. */
  private final boolean[] holds;
  private final List<Flow> flows = new ArrayList<>();
  /** Index in {@link #flows} of the first flow made since the last {@link #openPeriod}. */
  private int periodStart;

  Ledger(int accounts, int periods, boolean[] holds) {
    this.periods = periods;
    this.holds = holds;
    net = new BigDecimal[accounts][periods];
    opening = new BigDecimal[accounts][periods];
    closing = new BigDecimal[accounts][periods];
    balance = new BigDecimal[accounts];
    for (BigDecimal[] row : net) Arrays.fill(row, BigDecimal.ZERO);
    Arrays.fill(balance, BigDecimal.ZERO);
  }

  int accounts() {
    return balance.length;
  }

  /** Sets a fund's opening balance before the first period; not a flow, so not in any net. */
  void initialBalance(int account, BigDecimal amount) {
    balance[account] = amount;
  }

  void openPeriod(int t) {
    periodStart = flows.size();
    for (int a = 0; a < balance.length; a++) opening[a][t] = balance[a];
  }

  void closePeriod(int t) {
    for (int a = 0; a < balance.length; a++) closing[a][t] = balance[a];
  }

  /** The account's balance at the start of period {@code t}: what `balance(fund)` reads. */
  BigDecimal opening(int account, int t) {
    BigDecimal b = opening[account][t];
    return b == null ? balance[account] : b;
  }

  BigDecimal balance(int account) {
    return balance[account];
  }

  /** Records a flow; a zero amount, or money to oneself, records nothing. */
  void transfer(Flow flow) {
    if (flow.amount().signum() < 0) {
      throw new ConservationError("a flow has a negative amount: " + flow);
    }
    if (flow.amount().signum() == 0 || flow.from() == flow.to()) return;
    BigDecimal amount = flow.amount();
    BigDecimal minus = amount.negate();
    int t = flow.period();
    net[flow.from()][t] = plus(net[flow.from()][t], minus);
    net[flow.to()][t] = plus(net[flow.to()][t], amount);
    if (holds[flow.from()]) balance[flow.from()] = plus(balance[flow.from()], minus);
    if (holds[flow.to()]) balance[flow.to()] = plus(balance[flow.to()], amount);
    flows.add(flow);
  }

  /**
   * {@code sum + x}: the same value and scale as {@link BigDecimal#add}, but nothing is added to
   * the zero every account starts a period with (most nets are one or two flows).
   */
  private static BigDecimal plus(BigDecimal sum, BigDecimal x) {
    return sum == BigDecimal.ZERO && x.scale() >= 0 ? x : sum.add(x);
  }

  /** Net flows of every account in the period sum to exactly zero; every flow is non-negative. */
  void checkConservation(int t, String label) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int a = 0; a < net.length; a++) sum = sum.add(net[a][t]);
    if (sum.signum() != 0) {
      StringBuilder detail = new StringBuilder();
      for (int a = 0; a < net.length; a++) detail.append(" [").append(a).append("]=").append(net[a][t].toPlainString());
      throw new ConservationError("net flows of period " + label + " sum to " + sum.toPlainString() + ", not zero:" + detail);
    }
    // flows are made in period order, so this period's are those since openPeriod
    for (int i = periodStart; i < flows.size(); i++) {
      Flow f = flows.get(i);
      if (f.period() == t && f.amount().signum() < 0) throw new ConservationError("negative flow in " + label + ": " + f);
    }
  }

  List<Flow> flows() {
    return flows;
  }

  List<BigDecimal> net(int account) {
    return List.of(net[account]);
  }

  List<BigDecimal> closing(int account) {
    List<BigDecimal> out = new ArrayList<>(periods);
    for (int t = 0; t < periods; t++) out.add(closing[account][t] == null ? BigDecimal.ZERO : closing[account][t]);
    return out;
  }
}
