package org.concord.sim;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.concord.diagnostic.Span;

/**
 * Money moved so far: every flow in the order it was made, and the running balance of each
 * account that holds money (funds and escrow; a party's balance is its nets, and nothing reads
 * it). Only {@link #transfer} changes it, so money can neither appear nor vanish. Each account's
 * net per period is the sum of its flows, worked out from them when first read ({@link Nets}),
 * which proves that every period's nets sum to exactly zero: nothing in a run reads a net, and
 * runs whose nets nobody reads (a batch that looks at flows) need not sum them.
 *
 * <p>Arrays are flat, by period then account ({@code t * accounts + a}), and a run allocates a
 * handful of them, not one per period. Flows are kept a column per field and become {@link Flow}
 * records only when the result is read: a run of a large compact makes tens of thousands.
 */
final class Ledger {
  static final Span NO_SPAN = new Span("", 0, 0, 0, 0);

  /** What {@link #units} gives for an amount that is not a {@code long} of increments. */
  static final long NO_UNITS = Long.MIN_VALUE;

  private final int periods;
  private final int accounts;
  /** The scale of whole increments (2 for 0.01); -1 when amounts are exact or the increment is not a power of ten. */
  private final int scale;
  /** A period's label, for the message of a violated conservation check. */
  private final IntFunction<String> label;
  /** The nets of the flows so far, once read; summed again when flows were made since. */
  private volatile Nets nets;
  /**
   * By account slot: the balance, or null while it is kept in whole increments in {@link
   * #balanceUnits} (as nets are: a fund's balance changes with nearly every flow). Only accounts
   * that hold money change it; every other account's stays zero.
   */
  private final BigDecimal[] balance;
  private final long[] balanceUnits;
  /**
   * By period and account that holds money (see {@link #heldAt}): its balance at the end of the
   * period, which is the balance at the start of the next; {@link #first}, at the start of the first.
   */
  private final BigDecimal[] closing;
  private final BigDecimal[] first;
  /**
   * The slots of the accounts that hold money (funds, escrow: the only balances anything reads),
   * and by slot the index among them (-1 for the others).
   */
  private final int[] held;
  private final int[] heldAt;
  /** The last period opened and the last closed; -1 before the first. */
  private int opened = -1;
  private int closed = -1;
  /**
   * The flows, a column per field (a run makes thousands; none of them is an object until the
   * result is read, see {@link Flows}). {@link #reasons} and {@link #uses} are null when the run
   * does not explain its flows: every flow's reason is then empty and it used nothing.
   */
  private int count;
  private int[] flowPeriod;
  private int[] flowFrom;
  private int[] flowTo;
  private BigDecimal[] flowAmount;
  private String[] flowArticle;
  private Span[] flowClause;
  private String[] reasons;
  private List<?>[] uses;

  /**
   * @param scale the scale of the agreement's increment when it is 1, 0.1, 0.01, …; -1 otherwise
   * @param expectedFlows how many flows the run is likely to make: room for them from the start
   * @param explained whether flows keep their reasons and uses
   * @param label each period's label (not the run's: the ledger outlives it in the result)
   */
  Ledger(int accounts, int periods, boolean[] holds, int scale, int expectedFlows, boolean explained,
      IntFunction<String> label) {
    this.label = label;
    this.periods = periods;
    this.accounts = accounts;
    this.scale = scale;
    int room = Math.max(expectedFlows, 8);
    flowPeriod = new int[room];
    flowFrom = new int[room];
    flowTo = new int[room];
    flowAmount = new BigDecimal[room];
    flowArticle = new String[room];
    flowClause = new Span[room];
    reasons = explained ? new String[room] : null;
    uses = explained ? new List<?>[room] : null;
    heldAt = new int[accounts];
    int count = 0;
    for (int a = 0; a < accounts; a++) heldAt[a] = holds[a] ? count++ : -1;
    held = new int[count];
    for (int a = 0; a < accounts; a++) if (holds[a]) held[heldAt[a]] = a;
    closing = new BigDecimal[periods * count];
    first = new BigDecimal[count];
    balance = new BigDecimal[accounts];
    Arrays.fill(balance, BigDecimal.ZERO);
    balanceUnits = new long[accounts];
  }

  int accounts() {
    return accounts;
  }

  /** Sets a fund's opening balance before the first period; not a flow, so not in any net. */
  void initialBalance(int account, BigDecimal amount) {
    balance[account] = amount;
  }

  void openPeriod(int t) {
    if (t == 0) for (int i = 0; i < held.length; i++) first[i] = balance(held[i]);
    opened = t;
  }

  void closePeriod(int t) {
    for (int i = 0; i < held.length; i++) closing[t * held.length + i] = balance(held[i]);
    closed = t;
  }

  /** The account's balance at the start of period {@code t}: what `balance(fund)` reads. */
  BigDecimal opening(int account, int t) {
    // an account that holds no money has no balance: nothing is ever added to its zero
    if (t > opened || heldAt[account] < 0) return balance(account);
    int i = heldAt[account];
    return t == 0 ? first[i] : closing[(t - 1) * held.length + i];
  }

  BigDecimal balance(int account) {
    BigDecimal exact = balance[account];
    return exact != null ? exact : BigDecimal.valueOf(balanceUnits[account], scale);
  }

  /**
   * Records a flow of {@code amount} from {@code from} to {@code to} in period {@code t} (see {@link
   * Flow}); a zero amount, or money to oneself, records nothing. The reason and uses are kept only
   * when the ledger was made to explain.
   */
  void transfer(int t, int from, int to, BigDecimal amount, String article, Span clause, String reason, List<Use> used) {
    int sign = amount.signum();
    if (sign < 0) {
      throw new ConservationError("a flow has a negative amount: " + amount.toPlainString() + " from [" + from + "] to ["
          + to + "] in period " + t + ", article " + article);
    }
    if (sign == 0 || from == to) return;
    long units = units(amount);
    if (heldAt[from] >= 0) addToBalance(from, amount, units, true);
    if (heldAt[to] >= 0) addToBalance(to, amount, units, false);
    if (count == flowPeriod.length) grow();
    int i = count++;
    flowPeriod[i] = t;
    flowFrom[i] = from;
    flowTo[i] = to;
    flowAmount[i] = amount;
    flowArticle[i] = article;
    flowClause[i] = clause;
    if (reasons != null) {
      reasons[i] = reason;
      uses[i] = used;
    }
  }

  private void grow() {
    int room = count * 2;
    flowPeriod = Arrays.copyOf(flowPeriod, room);
    flowFrom = Arrays.copyOf(flowFrom, room);
    flowTo = Arrays.copyOf(flowTo, room);
    flowAmount = Arrays.copyOf(flowAmount, room);
    flowArticle = Arrays.copyOf(flowArticle, room);
    flowClause = Arrays.copyOf(flowClause, room);
    if (reasons != null) {
      reasons = Arrays.copyOf(reasons, room);
      uses = Arrays.copyOf(uses, room);
    }
  }

  /** {@code amount} in whole increments, or NO_UNITS when it is not at the increment's scale or not below 10¹⁸ of them. */
  long units(BigDecimal amount) {
    if (scale < 0 || amount.scale() != scale || amount.precision() > 18) return NO_UNITS;
    // at scale 0 the unscaled value is read without building a BigInteger
    return amount.scaleByPowerOfTen(scale).longValue();
  }

  /** Whether the account's balance, or zero if it is below, is at least {@code amount} (not negative). */
  boolean holdsAtLeast(int account, BigDecimal amount) {
    long units = units(amount);
    if (units != NO_UNITS) return holdsAtLeast(account, units);
    return balance(account).max(BigDecimal.ZERO).compareTo(amount) >= 0;
  }

  /** Whether the account's balance, or zero if it is below, is at least {@code units} whole increments (not negative). */
  boolean holdsAtLeast(int account, long units) {
    if (balance[account] == null) return units <= Math.max(balanceUnits[account], 0);
    return balance(account).max(BigDecimal.ZERO).compareTo(BigDecimal.valueOf(units, scale)) >= 0;
  }

  /**
   * Adds {@code amount} ({@code units} of increments, or NO_UNITS) to the account's balance, or
   * subtracts it when {@code debit}: in whole increments when the balance and the amount are, with
   * the value and scale {@link BigDecimal} arithmetic would give; else in {@link BigDecimal}.
   */
  private void addToBalance(int account, BigDecimal amount, long units, boolean debit) {
    BigDecimal exact = balance[account];
    if (units != NO_UNITS) {
      // a zero of a scale not above the increment's takes the amount's scale, as in BigDecimal addition
      long before = exact == null ? balanceUnits[account]
          : exact.signum() == 0 && exact.scale() <= scale ? 0 : units(exact);
      if (before != NO_UNITS) {
        long sum = debit ? before - units : before + units;
        if (!overflowed(before, units, sum, debit)) {
          balanceUnits[account] = sum;
          balance[account] = null;
          return;
        }
      }
    }
    BigDecimal now = exact != null ? exact : BigDecimal.valueOf(balanceUnits[account], scale);
    balance[account] = debit ? minus(now, amount) : plus(now, amount);
  }

  /** Whether {@code sum}, computed as {@code a - b} when {@code debit} else {@code a + b}, wrapped around. */
  private static boolean overflowed(long a, long b, long sum, boolean debit) {
    // overflow only when the operands' signs allow it and the result's sign is wrong
    return debit ? ((a ^ b) & (a ^ sum)) < 0 : ((a ^ sum) & (b ^ sum)) < 0;
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
   * Every account's net in every period, summed from the flows made so far, and proven to sum to
   * exactly zero in each period ({@link ConservationError} otherwise: a bug, never the
   * agreement's). Once the run is over the nets are summed once, by whichever reader asks first.
   */
  Nets nets() {
    Nets n = nets;
    if (n == null || n.flows != count) {
      n = new Nets(count);
      for (int i = 0; i < count; i++) {
        int row = flowPeriod[i] * accounts;
        long units = units(flowAmount[i]);
        n.add(row + flowFrom[i], flowAmount[i], units, true);
        n.add(row + flowTo[i], flowAmount[i], units, false);
      }
      for (int t = 0; t < periods; t++) n.checkConservation(t);
      nets = n;
    }
    return n;
  }

  /** Proves that every period's nets so far sum to exactly zero (see {@link #nets}). */
  void checkConservation() {
    nets();
  }

  /**
   * The nets of the first {@code flows} flows, by period and account. A net is kept in whole
   * increments in a {@code long} while every flow into it is a whole number of increments at the
   * increment's scale and the sum does not overflow; a net that takes any other flow goes on in
   * {@link BigDecimal}, with the same value and scale as if it had always been one. An account no
   * flow touched in a period has a net of zero (at scale 0).
   */
  final class Nets {
    private final int flows;
    /** The net in whole increments, while {@link #exact} has none. */
    private final long[] whole = new long[periods * accounts];
    /** The net, once a flow did not fit {@link #whole}; null until then (the array too: most runs never need it). */
    private BigDecimal[] exact;
    /** Whether any flow touched the net (flows that cancel leave zero at their scale, none at scale 0). */
    private final boolean[] touched = new boolean[periods * accounts];

    private Nets(int flows) {
      this.flows = flows;
    }

    /** Adds {@code amount} ({@code units} of increments, or NO_UNITS) to the net in {@code cell}, or subtracts it when {@code debit}. */
    private void add(int cell, BigDecimal amount, long units, boolean debit) {
      boolean before = touched[cell];
      touched[cell] = true;
      if (exact != null && exact[cell] != null) {
        exact[cell] = debit ? exact[cell].subtract(amount) : exact[cell].add(amount);
        return;
      }
      long net = whole[cell];
      if (units != NO_UNITS) {
        long sum = debit ? net - units : net + units;
        if (!overflowed(net, units, sum, debit)) {
          whole[cell] = sum;
          return;
        }
      }
      BigDecimal sum = before ? BigDecimal.valueOf(net, scale) : null;
      if (exact == null) exact = new BigDecimal[periods * accounts];
      exact[cell] = debit ? minus(sum, amount) : plus(sum, amount);
    }

    /** The net in {@code cell}. */
    BigDecimal in(int cell) {
      if (exact != null && exact[cell] != null) return exact[cell];
      return touched[cell] ? BigDecimal.valueOf(whole[cell], scale) : BigDecimal.ZERO;
    }

    /** Net flows of every account in period {@code t} sum to exactly zero (every flow is non-negative: {@link #transfer} refuses any other). */
    private void checkConservation(int t) {
      if (unitsSum(t) == 0) return;
      int row = t * accounts;
      BigDecimal sum = BigDecimal.ZERO;
      for (int a = 0; a < accounts; a++) sum = sum.add(in(row + a));
      if (sum.signum() != 0) {
        StringBuilder detail = new StringBuilder();
        for (int a = 0; a < accounts; a++) detail.append(" [").append(a).append("]=").append(in(row + a).toPlainString());
        throw new ConservationError("net flows of period " + label.apply(t) + " sum to " + sum.toPlainString() + ", not zero:" + detail);
      }
    }

    /** The sum of period {@code t}'s nets when all are in units and it does not overflow; else NO_UNITS (and the caller sums exactly). */
    private long unitsSum(int t) {
      long sum = 0;
      for (int cell = t * accounts; cell < (t + 1) * accounts; cell++) {
        if (exact != null && exact[cell] != null) return NO_UNITS;
        long next = sum + whole[cell];
        if (overflowed(sum, whole[cell], next, false)) return NO_UNITS;
        sum = next;
      }
      return sum;
    }
  }

  /** Every flow so far, in the order made: a view that makes each {@link Flow} when it is read. */
  List<Flow> flows() {
    return new Flows(this, count);
  }

  /**
   * The ledger's flows as a list. Immutable: it is made after the run, and nothing writes the
   * ledger's columns once the run has returned; a flow read twice is two equal records.
   */
  static final class Flows extends AbstractList<Flow> implements RandomAccess {
    private final Ledger ledger;
    private final int size;

    private Flows(Ledger ledger, int size) {
      this.ledger = ledger;
      this.size = size;
    }

    @Override
    public Flow get(int index) {
      Objects.checkIndex(index, size);
      Ledger l = ledger;
      @SuppressWarnings("unchecked")
      List<Use> used = l.uses == null ? List.of() : (List<Use>) l.uses[index];
      return new Flow(l.flowPeriod[index], l.flowFrom[index], l.flowTo[index], l.flowAmount[index], l.flowArticle[index],
          l.reasons == null ? "" : l.reasons[index], l.flowClause[index], used);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** The account's net per period: read from the ledger when asked, so a run whose nets nobody reads makes none. */
  List<BigDecimal> net(int account) {
    return new Column(periods, t -> nets().in(t * accounts + account));
  }

  /** The account's balance at the end of each period (zero for periods not closed). */
  List<BigDecimal> closing(int account) {
    int last = closed;
    int i = heldAt[account];
    if (i < 0) return new Column(periods, t -> BigDecimal.ZERO);
    return new Column(periods, t -> t > last ? BigDecimal.ZERO : closing[t * held.length + i]);
  }

  /**
   * One account's figures by period, computed from the ledger's arrays on each read. Immutable: it
   * is made after the run, and nothing writes the arrays once the run has returned.
   */
  static final class Column extends AbstractList<BigDecimal> implements RandomAccess {
    private final int size;
    private final IntFunction<BigDecimal> at;

    private Column(int size, IntFunction<BigDecimal> at) {
      this.size = size;
      this.at = at;
    }

    @Override
    public BigDecimal get(int index) {
      Objects.checkIndex(index, size);
      return at.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
