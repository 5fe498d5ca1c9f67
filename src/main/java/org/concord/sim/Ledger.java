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
 * <p>Arrays are flat, by period then account ({@code t * accounts + a}), so a period's work
 * touches one stretch of each and a run allocates a handful of arrays, not one per period. Nets are kept in
 * whole increments in a {@code long} while every flow into them is a whole number of increments
 * at the increment's scale and the sum does not overflow; a net that takes any other flow goes on
 * in {@link BigDecimal}, with the same value and scale as if it had always been one. An account no
 * flow touched in a period has a net of zero.
 */
final class Ledger {
  static final Span NO_SPAN = new Span("", 0, 0, 0, 0);

  /** What {@link #units} gives for an amount that is not a {@code long} of increments. */
  private static final long NO_UNITS = Long.MIN_VALUE;

  private final int periods;
  private final int accounts;
  /** The scale of whole increments (2 for 0.01); -1 when amounts are exact or the increment is not a power of ten. */
  private final int scale;
  /** By period and account: the net in whole increments, while {@link #netExact} has none. */
  private final long[] netUnits;
  /** By period and account: the net, once a flow did not fit {@link #netUnits}; null until then. */
  private final BigDecimal[] netExact;
  /** By period and account: whether any flow touched the net (flows that cancel leave zero at their scale, none at scale 0). */
  private final boolean[] touched;
  private final BigDecimal[] balance;
  /** By period and account: every account's balance at the start and at the end of the period. */
  private final BigDecimal[] opening;
  private final BigDecimal[] closing;
  /** The last period opened and the last closed; -1 before the first. */
  private int opened = -1;
  private int closed = -1;
  /** By account slot: whether it holds money (a fund, escrow), the only balances anything reads. */
  private final boolean[] holds;
  private final List<Flow> flows;

  /**
   * @param scale the scale of the agreement's increment when it is 1, 0.1, 0.01, …; -1 otherwise
   * @param expectedFlows how many flows the run is likely to make: room for them from the start
   */
  Ledger(int accounts, int periods, boolean[] holds, int scale, int expectedFlows) {
    this.periods = periods;
    this.accounts = accounts;
    this.scale = scale;
    this.flows = new ArrayList<>(expectedFlows);
    this.holds = holds;
    netUnits = new long[periods * accounts];
    netExact = new BigDecimal[periods * accounts];
    touched = new boolean[periods * accounts];
    opening = new BigDecimal[periods * accounts];
    closing = new BigDecimal[periods * accounts];
    balance = new BigDecimal[accounts];
    Arrays.fill(balance, BigDecimal.ZERO);
  }

  int accounts() {
    return accounts;
  }

  /** Sets a fund's opening balance before the first period; not a flow, so not in any net. */
  void initialBalance(int account, BigDecimal amount) {
    balance[account] = amount;
  }

  void openPeriod(int t) {
    System.arraycopy(balance, 0, opening, t * accounts, accounts);
    opened = t;
  }

  void closePeriod(int t) {
    System.arraycopy(balance, 0, closing, t * accounts, accounts);
    closed = t;
  }

  /** The account's balance at the start of period {@code t}: what `balance(fund)` reads. */
  BigDecimal opening(int account, int t) {
    return t > opened ? balance[account] : opening[t * accounts + account];
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
    long units = units(amount);
    int row = flow.period() * accounts;
    addToNet(row + flow.from(), amount, units, true);
    addToNet(row + flow.to(), amount, units, false);
    if (holds[flow.from()]) balance[flow.from()] = minus(balance[flow.from()], amount);
    if (holds[flow.to()]) balance[flow.to()] = plus(balance[flow.to()], amount);
    flows.add(flow);
  }

  /** {@code amount} in whole increments, or NO_UNITS when it is not at the increment's scale or not below 10¹⁸ of them. */
  private long units(BigDecimal amount) {
    if (scale < 0 || amount.scale() != scale || amount.precision() > 18) return NO_UNITS;
    // at scale 0 the unscaled value is read without building a BigInteger
    return amount.scaleByPowerOfTen(scale).longValue();
  }

  /** Adds {@code amount} ({@code units} of increments, or NO_UNITS) to the net in {@code cell}, or subtracts it when {@code debit}. */
  private void addToNet(int cell, BigDecimal amount, long units, boolean debit) {
    boolean before = touched[cell];
    touched[cell] = true;
    if (netExact[cell] != null) {
      netExact[cell] = debit ? netExact[cell].subtract(amount) : netExact[cell].add(amount);
      return;
    }
    long net = netUnits[cell];
    if (units != NO_UNITS) {
      long sum = debit ? net - units : net + units;
      // overflow only when the operands' signs allow it and the result's sign is wrong
      boolean overflow = debit ? ((net ^ units) & (net ^ sum)) < 0 : ((net ^ sum) & (units ^ sum)) < 0;
      if (!overflow) {
        netUnits[cell] = sum;
        return;
      }
    }
    BigDecimal sum = before ? BigDecimal.valueOf(net, scale) : null;
    netExact[cell] = debit ? minus(sum, amount) : plus(sum, amount);
  }

  /** The net in {@code cell}. */
  private BigDecimal netIn(int cell) {
    if (netExact[cell] != null) return netExact[cell];
    return touched[cell] ? BigDecimal.valueOf(netUnits[cell], scale) : BigDecimal.ZERO;
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
    if (unitsSum(t) == 0) return;
    int row = t * accounts;
    BigDecimal sum = BigDecimal.ZERO;
    for (int a = 0; a < accounts; a++) sum = sum.add(netIn(row + a));
    if (sum.signum() != 0) {
      StringBuilder detail = new StringBuilder();
      for (int a = 0; a < accounts; a++) detail.append(" [").append(a).append("]=").append(netIn(row + a).toPlainString());
      throw new ConservationError("net flows of period " + label + " sum to " + sum.toPlainString() + ", not zero:" + detail);
    }
  }

  /** The sum of period {@code t}'s nets when all are in units and it does not overflow; else NO_UNITS (and the caller sums exactly). */
  private long unitsSum(int t) {
    long sum = 0;
    for (int cell = t * accounts; cell < (t + 1) * accounts; cell++) {
      if (netExact[cell] != null) return NO_UNITS;
      long next = sum + netUnits[cell];
      if (((sum ^ next) & (netUnits[cell] ^ next)) < 0) return NO_UNITS;
      sum = next;
    }
    return sum;
  }

  List<Flow> flows() {
    return flows;
  }

  List<BigDecimal> net(int account) {
    BigDecimal[] column = new BigDecimal[periods];
    for (int t = 0; t < periods; t++) column[t] = netIn(t * accounts + account);
    return List.of(column);
  }

  List<BigDecimal> closing(int account) {
    BigDecimal[] column = new BigDecimal[periods];
    for (int t = 0; t < periods; t++) column[t] = t > closed ? BigDecimal.ZERO : closing[t * accounts + account];
    return List.of(column);
  }
}
