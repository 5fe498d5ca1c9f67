package org.concord.sim;

import java.math.BigDecimal;
import java.math.BigInteger;
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
    this.decimalIncrement = inc != null && inc.scale() >= 0 && inc.unscaledValue().equals(BigInteger.ONE);
  }

  public Rounding rounding() {
    return rounding;
  }

  /** The scale of whole increments when the increment is 1, 0.1, 0.01, …; -1 otherwise (amounts exact, or another increment). */
  int unitScale() {
    return decimalIncrement ? Math.max(rounding.increment().scale(), 0) : -1;
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
    BigDecimal[] inUnits = apportionInUnits(total, weights, accounts);
    if (inUnits != null) return inUnits;
    BigDecimal[] byRemainders = apportionByRemainders(total, weights, accounts);
    return byRemainders != null ? byRemainders : apportionByDivision(total, weights, accounts);
  }

  /** {@link #apportion} in {@code BigDecimal}s, quotients at {@link #CONTEXT}: every case. */
  BigDecimal[] apportionByDivision(BigDecimal total, List<BigDecimal> weights, List<Integer> accounts) {
    int n = weights.size();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) sum = sum.add(weights.get(i));
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
   * {@link #apportion} in whole increments with {@code long} arithmetic, for the common case of a
   * decimal increment and small numbers; null when the case is not that one. The parts are those
   * the general case gives, value and scale: each raw part is the exact rational {@code U·wᵢ/W}
   * (U the total in increments, wᵢ integer weights). Because {@code W < 10¹²} and {@code U·wᵢ <
   * 2⁶³}, the 34-digit quotient of the general case keeps every fractional part apart from zero
   * and from one half, and every two different remainders apart, so rounding and the
   * largest-remainder order decide the same way on the exact values.
   */
  BigDecimal[] apportionInUnits(BigDecimal total, List<BigDecimal> weights, List<Integer> accounts) {
    if (!decimalIncrement) return null;
    int s = Math.max(rounding.increment().scale(), 0);
    if (total.scale() != s || total.precision() > 17) return null;
    int n = weights.size();
    int k = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal w = weights.get(i);
      if (w.signum() < 0 || w.scale() > 6 || w.precision() - w.scale() > 12) return null;
      k = Math.max(k, w.scale());
    }
    long u = total.unscaledValue().longValue();
    long[] w = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = weights.get(i).movePointRight(k).longValue();
      sum += w[i]; // each weight is below 10^18 and the sum is checked as it grows: no overflow
      if (sum >= 1_000_000_000_000L) return null;
    }
    if (sum <= 0) return null;
    long[] q = new long[n];
    long[] r = new long[n];
    for (int i = 0; i < n; i++) {
      long num;
      try {
        num = Math.multiplyExact(u, w[i]);
      } catch (ArithmeticException overflow) {
        return null;
      }
      q[i] = num / sum;
      r[i] = num % sum;
    }
    int target = remainderTarget(weights, accounts);
    long[] parts = new long[n];
    if (target >= 0) {
      long given = 0;
      for (int i = 0; i < n; i++) {
        parts[i] = roundUnits(q[i], r[i], sum, rounding.mode());
        if (parts[i] == Long.MIN_VALUE) return null;
        given += parts[i];
      }
      long after = parts[target] + (u - given);
      if (after >= 0) {
        parts[target] = after;
        return scaled(parts, s);
      }
    }
    long given = 0;
    for (int i = 0; i < n; i++) given += q[i];
    long units = u - given;
    System.arraycopy(q, 0, parts, 0, n);
    if (units > 0) {
      // each remainder (below W < 2^40) with the length of its part's whole number, as one long
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) keys[i] = r[i] << 5 | digits(q[i]);
      Arrays.sort(keys);
      // Equal remainders of parts whose whole numbers differ in length are equal exactly but not
      // always at 34 digits (fewer digits are left for the fraction): leave those to the general case.
      for (int j = 1; j < n; j++) {
        long a = keys[j - 1];
        long b = keys[j];
        if (a >>> 5 == b >>> 5 && a >>> 5 != 0 && a != b) return null;
      }
      giveLeftover(parts, units, keys[n - (int) units] >>> 5, r, accounts);
    }
    return scaled(parts, s);
  }

  /**
   * One increment each to the {@code units} parts with the largest remainders, ties to the lower
   * account, then the earlier part: every part whose remainder is above {@code least} (the
   * smallest remainder that gets one), then as many of those at {@code least} as are left.
   */
  private static void giveLeftover(long[] parts, long units, long least, long[] remainders, List<Integer> accounts) {
    long left = units;
    int tied = 0;
    for (int i = 0; i < parts.length; i++) {
      if (remainders[i] > least) {
        parts[i]++;
        left--;
      } else if (remainders[i] == least) {
        tied++;
      }
    }
    if (left == 0) return;
    // account and position in one long each: sorted, the lower account first, then the earlier part
    long[] ties = new long[tied];
    for (int i = 0, k = 0; i < parts.length; i++) if (remainders[i] == least) ties[k++] = (long) accounts.get(i) << 32 | i;
    Arrays.sort(ties);
    for (int j = 0; j < left; j++) parts[(int) ties[j]]++;
  }

  /**
   * {@link #apportion} by largest remainder (no remainder account) with weights of any length,
   * in exact integers: each part's whole increments and what is left of it from one integer
   * division, where the general case takes a 34-digit quotient, rounds it down and subtracts. The
   * parts are those the general case gives, value and scale; null when the case is not that one,
   * or when a 34-digit quotient could decide otherwise than the exact one. With a total below
   * 10¹⁷ increments, a 34-digit quotient is within 5·10⁻¹⁸ of an increment of the exact part; a
   * distance of more than 2⁻⁵⁶ (1.4·10⁻¹⁷) of an increment is decided alike by both: each part's
   * from the next whole increment, and between the last remainder that gets a leftover increment
   * and the first that does not (which of the others ranks above which does not change the parts).
   */
  BigDecimal[] apportionByRemainders(BigDecimal total, List<BigDecimal> weights, List<Integer> accounts) {
    if (!decimalIncrement || remainderTarget(weights, accounts) >= 0) return null;
    int s = Math.max(rounding.increment().scale(), 0);
    if (total.scale() != s || total.signum() < 0 || total.precision() > 17) return null;
    int n = weights.size();
    int common = Integer.MIN_VALUE;
    for (BigDecimal w : weights) {
      if (w.signum() < 0) return null;
      common = Math.max(common, w.scale());
    }
    // the weights as whole numbers at one scale: the same ratios
    BigInteger[] w = new BigInteger[n];
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal x = weights.get(i);
      w[i] = x.signum() == 0 ? BigInteger.ZERO : x.setScale(common).unscaledValue();
      sum = sum.add(w[i]);
    }
    if (sum.signum() == 0) return null;
    int bits = sum.bitLength();
    BigInteger u = total.unscaledValue();
    long[] parts = new long[n];
    BigInteger[] left = new BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      if (w[i].signum() == 0) {
        left[i] = BigInteger.ZERO;
        continue;
      }
      BigInteger[] qr = u.multiply(w[i]).divideAndRemainder(sum);
      parts[i] = qr[0].longValue(); // at most the total: below 10^17
      left[i] = qr[1];
      if (left[i].signum() != 0 && !apart(sum.subtract(left[i]).bitLength(), bits)) return null;
      given += parts[i];
    }
    long units = u.longValue() - given; // below n: each part left less than one increment
    if (units >= n) return null;
    if (units > 0) {
      // each remainder's leading 62 bits: a larger key is a larger remainder
      int shift = Math.max(0, bits - 62);
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) keys[i] = left[i].shiftRight(shift).longValue();
      long[] sorted = keys.clone();
      Arrays.sort(sorted);
      long least = sorted[n - (int) units];
      long gap = least - sorted[n - (int) units - 1];
      // below 63 bits the keys are the remainders; above, keys more than 64 apart are remainders
      // more than 2^(bits - 56) apart
      if (shift == 0 ? !apart(64 - Long.numberOfLeadingZeros(gap), bits) : gap <= 64) return null;
      for (int i = 0; i < n; i++) if (keys[i] >= least) parts[i]++;
    }
    return scaled(parts, s);
  }

  /**
   * Whether {@code d / sum} (d not negative, of {@code dBits} bits) is surely more than 2⁻⁵⁶, for a
   * sum of {@code bits} bits: {@code d ≥ 2^(dBits - 1)} and {@code sum < 2^bits}.
   */
  private static boolean apart(int dBits, int bits) {
    return dBits > 0 && bits - dBits <= 55;
  }

  /** {@code q + r/d} (not negative, {@code 0 <= r < d}) rounded to a whole number; MIN_VALUE for a mode not handled. */
  private static long roundUnits(long q, long r, long d, RoundingMode mode) {
    if (r == 0) return q;
    long twice = 2 * r;
    return switch (mode) {
      case DOWN, FLOOR -> q;
      case UP, CEILING -> q + 1;
      case HALF_UP -> twice >= d ? q + 1 : q;
      case HALF_DOWN -> twice > d ? q + 1 : q;
      case HALF_EVEN -> twice > d || (twice == d && (q & 1) == 1) ? q + 1 : q;
      case UNNECESSARY -> Long.MIN_VALUE;
    };
  }

  private static int digits(long x) {
    int d = 0;
    for (; x > 0; x /= 10) d++;
    return d;
  }

  private static BigDecimal[] scaled(long[] units, int scale) {
    BigDecimal[] out = new BigDecimal[units.length];
    for (int i = 0; i < units.length; i++) out[i] = BigDecimal.valueOf(units[i], scale);
    return out;
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
