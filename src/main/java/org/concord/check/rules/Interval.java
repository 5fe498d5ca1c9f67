package org.concord.check.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * A run of real numbers with open or closed ends, exact in {@link BigDecimal}. A null end is
 * unbounded (and then open). Never empty: {@link #of} returns null for an empty run.
 */
record Interval(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
  static final Interval ALL = new Interval(null, false, null, false);

  static Interval of(BigDecimal low, boolean lowClosed, BigDecimal high, boolean highClosed) {
    if (low != null && high != null) {
      int c = low.compareTo(high);
      if (c > 0 || (c == 0 && !(lowClosed && highClosed))) return null;
    }
    return new Interval(low, low != null && lowClosed, high, high != null && highClosed);
  }

  static Interval point(BigDecimal v) {
    return new Interval(v, true, v, true);
  }

  boolean isPoint() {
    return low != null && high != null && low.compareTo(high) == 0;
  }

  /** Whether a whole number lies in the run: a count input can only take those. */
  boolean containsInteger() {
    if (low == null || high == null) return true;
    BigDecimal first = low.setScale(0, RoundingMode.CEILING);
    if (!lowClosed && first.compareTo(low) == 0) first = first.add(BigDecimal.ONE);
    BigDecimal last = high.setScale(0, RoundingMode.FLOOR);
    if (!highClosed && last.compareTo(high) == 0) last = last.subtract(BigDecimal.ONE);
    return first.compareTo(last) <= 0;
  }

  /** The run as a condition a drafter would write: `P = 1`, `1 < P <= 1.2`, `P > 3`. */
  String describe(String variable) {
    return describe(variable, Interval::plain);
  }

  /** The same, with numbers written by {@code number} (as percentages, say). */
  String describe(String variable, Function<BigDecimal, String> number) {
    if (isPoint()) return variable + " = " + number.apply(low);
    if (low == null && high == null) return "any " + variable;
    if (low == null) return variable + (highClosed ? " <= " : " < ") + number.apply(high);
    if (high == null) return variable + (lowClosed ? " >= " : " > ") + number.apply(low);
    return number.apply(low) + (lowClosed ? " <= " : " < ") + variable + (highClosed ? " <= " : " < ")
        + number.apply(high);
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** 0.1 as `10%`: how a percent input's values are written. */
  static String percent(BigDecimal v) {
    return plain(v.movePointRight(2)) + "%";
  }
}
