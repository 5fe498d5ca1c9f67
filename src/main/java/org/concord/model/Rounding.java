package org.concord.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The header's `rounding 0.01 half-even [remainder to X | remainder largest]`: every flow amount is
 * rounded to a multiple of {@code increment} with {@code mode} when it is created. When one
 * amount is split between several accounts, the split parts are rounded and what rounding left
 * over goes to {@code remainderTo} (an account slot), or by largest remainder when {@code
 * largestRemainder} (the default when neither is written), so a split always adds up exactly.
 * A null increment means amounts are exact and never rounded.
 */
public record Rounding(BigDecimal increment, RoundingMode mode, int remainderTo, boolean largestRemainder) {
  public static final int NO_ACCOUNT = -1;

  public static Rounding exact() {
    return new Rounding(null, RoundingMode.HALF_EVEN, NO_ACCOUNT, true);
  }
}
