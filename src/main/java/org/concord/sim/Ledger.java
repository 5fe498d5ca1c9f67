package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * Money moved so far: every flow in the order it was made, each account's net per period, and
 * the running balance of each account that holds money (funds and escrow; a party's balance is
 * its nets, and nothing reads it). Only {@link #transfer} changes it, so money can neither appear
 * nor vanish; {@link #checkConservation} proves it after every period.
 *
 * <p>Arrays are by period, then account, so a period's work touches one row. A null net is an
 * account no flow touched in that period: zero.
 */
final class Ledger {
  static final Span NO_SPAN = new Span("", 0, 0, 0, 0);

  private final int periods;
  /** [period][account]: net flow; null for none. */
  private final BigDecimal[][] net;
  private final BigDecimal[] balance;
  /** [period]: every account's balance at the start and at the end of the period; null until then. */
  private final BigDecimal[][] opening;
  private final BigDecimal[][] closing;
  /** By account slot: whether it holds money (a fund, escrow), the only balances anything reads. */
  private final boolean[] holds;
  private final List<Flow> flows;

  /** @param expectedFlows how many flows the run is likely to make: room for them from the start */
  Ledger(int accounts, int periods, boolean[] holds, int expectedFlows) {
    this.periods = periods;
    this.flows = new ArrayList<>(expectedFlows);
    this.holds = holds;
    net = new BigDecimal[periods][accounts];
    opening = new BigDecimal[periods][];
    closing = new BigDecimal[periods][];
    balance = new BigDecimal[accounts];
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
    opening[t] = balance.clone();
  }

  void closePeriod(int t) {
    closing[t] = balance.clone();
  }

  /** The account's balance at the start of period {@code t}: what `balance(fund)` reads. */
  BigDecimal opening(int account, int t) {
    return opening[t] == null ? balance[account] : opening[t][account];
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
    BigDecimal[] row = net[flow.period()];
    row[flow.from()] = minus(row[flow.from()], amount);
    row[flow.to()] = plus(row[flow.to()], amount);
    if (holds[flow.from()]) balance[flow.from()] = minus(balance[flow.from()], amount);
    if (holds[flow.to()]) balance[flow.to()] = plus(balance[flow.to()], amount);
    flows.add(flow);
  }

  /**
   * {@code sum + x}, with null for zero: the same value and scale as {@link BigDecimal#add}, but
   * nothing is added to the zero every account starts a period with (most nets are one or two
   * flows).
   */
  private static BigDecimal plus(BigDecimal sum, BigDecimal x) {
    if (sum == null || sum == BigDecimal.ZERO) return x.scale() >= 0 ? x : BigDecimal.ZERO.add(x);
    return sum.add(x);
  }

  /** {@code sum - x}, with null for zero, as {@link #plus}. */
  private static BigDecimal minus(BigDecimal sum, BigDecimal x) {
    if (sum == null || sum == BigDecimal.ZERO) return x.scale() >= 0 ? x.negate() : BigDecimal.ZERO.subtract(x);
    return sum.subtract(x);
  }

  /**
   * Net flows of every account in the period sum to exactly zero. (Every flow is non-negative:
   * {@link #transfer} refuses any other.)
   */
  void checkConservation(int t, String label) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal[] row = net[t];
    for (BigDecimal x : row) if (x != null) sum = sum.add(x);
    if (sum.signum() != 0) {
      StringBuilder detail = new StringBuilder();
      for (int a = 0; a < row.length; a++) detail.append(" [").append(a).append("]=").append(zeroIfNull(row[a]).toPlainString());
      throw new ConservationError("net flows of period " + label + " sum to " + sum.toPlainString() + ", not zero:" + detail);
    }
  }

  private static BigDecimal zeroIfNull(BigDecimal x) {
    return x == null ? BigDecimal.ZERO : x;
  }

  List<Flow> flows() {
    return flows;
  }

  List<BigDecimal> net(int account) {
    BigDecimal[] column = new BigDecimal[periods];
    for (int t = 0; t < periods; t++) column[t] = zeroIfNull(net[t][account]);
    return List.of(column);
  }

  List<BigDecimal> closing(int account) {
    BigDecimal[] column = new BigDecimal[periods];
    for (int t = 0; t < periods; t++) column[t] = closing[t] == null ? BigDecimal.ZERO : closing[t][account];
    return List.of(column);
  }
}
