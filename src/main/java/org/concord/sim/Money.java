package org.concord.sim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.concord.model.Rounding;

/**
 * Exact money arithmetic under one agreement's {@link Rounding} (spec/semantics.md, "Money and
 * rounding"). Amounts are {@link BigDecimal}s; division is carried at {@link #CONTEXT}; a flow
 * amount is rounded once, when it is created; a split is apportioned so its parts add up exactly.
 */
public final class Money {
  /** Precision of every quotient the simulator computes: 34 significant digits. */
  public static final MathContext CONTEXT = MathContext.DECIMAL128;

  /** Amounts beyond this magnitude are an overflow diagnostic (C1102). */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(30);

  private final Rounding rounding;

  /** The increment is a power of ten not above 1 (1, 0.1, 0.01, …). */
  private final boolean decimalIncrement;

  public Money(Rounding rounding) {
    this.rounding = rounding;
    BigDecimal inc = rounding.increment();
    this.decimalIncrement = inc != null && inc.scale() >= 0 && inc.unscaledValue().equals(java.math.BigInteger.ONE);
  }

  public Rounding rounding() {
    return rounding;
  }

  /** {@code x} rounded to the agreement's increment and mode; unchanged when amounts are exact. */
  public BigDecimal round(BigDecimal x) {
    return round(x, rounding.mode());
  }

  /** {@code x} rounded down (toward zero) to the increment: what a fund can pay without overdrawing. */
  public BigDecimal floor(BigDecimal x) {
    return round(x, RoundingMode.DOWN);
  }

  private BigDecimal round(BigDecimal x, RoundingMode mode) {
    BigDecimal inc = rounding.increment();
    if (inc == null) return x;
    // An increment of 1, 0.1, 0.01, …: when x has at most 34 digits, x / inc is exact, so rounding
    // it to a whole number of increments is setScale, without the division (same result).
    if (decimalIncrement && x.precision() <= CONTEXT.getPrecision()) {
      return x.setScale(Math.max(inc.scale(), 0), mode);
    }
    BigDecimal units = x.divide(inc, CONTEXT).setScale(0, mode);
    return units.multiply(inc).setScale(Math.max(inc.scale(), 0), RoundingMode.UNNECESSARY);
  }

  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, CONTEXT);
  }

  /**
   * Splits {@code total} (already rounded, not negative) among {@code accounts} in proportion to
   * {@code weights} (not negative, not all zero). With a {@code remainderTo} among the accounts
   * that have weight, every part is rounded in the agreement's mode and what rounding left over
   * goes to it; otherwise parts are rounded down and the leftover increments go one each to the
   * largest remainders, ties to the lower account slot. Exact amounts: any residue of the
   * 34-digit division goes to the same account the leftover would. The parts always sum to
   * {@code total}.
   */
  public BigDecimal[] apportion(BigDecimal total, List<BigDecimal> weights, List<Integer> accounts) {
    int n = weights.size();
    if (n == 1 && weights.get(0).signum() > 0 && wholeIncrements(total)) return new BigDecimal[] {total};
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal[] raw = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      raw[i] = weights.get(i).signum() == 0 ? BigDecimal.ZERO : total.multiply(weights.get(i)).divide(sum, CONTEXT);
    }
    int target = remainderTarget(weights, accounts);
    BigDecimal[] parts = new BigDecimal[n];
    if (rounding.increment() == null) {
      System.arraycopy(raw, 0, parts, 0, n);
      int to = target >= 0 ? target : largestWeight(weights, accounts);
      parts[to] = parts[to].add(total.subtract(sum(parts)));
      return parts;
    }
    if (target >= 0) {
      for (int i = 0; i < n; i++) parts[i] = round(raw[i]);
      BigDecimal after = parts[target].add(total.subtract(sum(parts)));
      if (after.signum() >= 0) {
        parts[target] = after;
        return parts;
      }
    }
    for (int i = 0; i < n; i++) parts[i] = floor(raw[i]);
    BigDecimal inc = rounding.increment();
    int units = total.subtract(sum(parts)).divide(inc, CONTEXT).intValueExact();
    if (units == 0) return parts;
    BigDecimal[] remainder = new BigDecimal[n];
    for (int i = 0; i < n; i++) remainder[i] = raw[i].subtract(parts[i]);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> {
      int c = remainder[b].compareTo(remainder[a]);
      return c != 0 ? c : Integer.compare(accounts.get(a), accounts.get(b));
    });
    for (int k = 0; k < units; k++) {
      int i = order[k % n];
      parts[i] = parts[i].add(inc);
    }
    return parts;
  }

  /**
   * One account with weight takes all of a total that is a whole number of increments at the
   * increment's scale (or of any exact total): what the general case gives, value and scale, without dividing.
   */
  private boolean wholeIncrements(BigDecimal total) {
    BigDecimal inc = rounding.increment();
    if (inc == null) return true;
    return total.scale() == Math.max(inc.scale(), 0) && round(total).compareTo(total) == 0;
  }

  private int remainderTarget(List<BigDecimal> weights, List<Integer> accounts) {
    if (rounding.remainderTo() == Rounding.NO_ACCOUNT) return -1;
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i) == rounding.remainderTo() && weights.get(i).signum() > 0) return i;
    }
    return -1;
  }

  private static int largestWeight(List<BigDecimal> weights, List<Integer> accounts) {
    int best = 0;
    for (int i = 1; i < weights.size(); i++) {
      int c = weights.get(i).compareTo(weights.get(best));
      if (c > 0 || (c == 0 && accounts.get(i) < accounts.get(best))) best = i;
    }
    return best;
  }

  private static BigDecimal sum(BigDecimal[] xs) {
    BigDecimal s = BigDecimal.ZERO;
    for (BigDecimal x : xs) s = s.add(x);
    return s;
  }

  /** The text every report shows an amount as: the increment's decimals, or plain exact digits. */
  public static String format(BigDecimal x, BigDecimal increment) {
    if (x.signum() == 0 && (increment == null || increment.scale() <= 0)) return "0";
    int scale = increment == null ? 0 : Math.max(increment.scale(), 0);
    if (scale > 0 && x.scale() == scale) return x.toPlainString(); // already as shown: the common case of amounts
    BigDecimal s = x.stripTrailingZeros();
    if (s.scale() < scale) s = s.setScale(scale);
    if (s.scale() < 0) s = s.setScale(0);
    return s.toPlainString();
  }
}
