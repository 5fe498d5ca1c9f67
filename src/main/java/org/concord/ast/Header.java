package org.concord.ast;

import java.math.BigDecimal;
import org.concord.diagnostic.Span;

/**
 * `agreement ID "Title"` with its term, currency and rounding. Each part is null when not
 * written; the checker says which are required.
 */
public record Header(Name id, String title, Term term, Currency currency, Rounding rounding, Span span) {

  /** `term 2012 to 2014 yearly`. */
  public record Term(PeriodLit first, PeriodLit last, Granularity granularity, Span span) {}

  public enum Granularity {
    YEARLY,
    QUARTERLY,
    MONTHLY
  }

  /** `currency CNY millions`: the code and, optionally, the scale every amount is written in. */
  public record Currency(Name code, Name scale, Span span) {}

  /**
   * `rounding 0.01 half-even [remainder to X | remainder largest]`: the increment every flow is
   * rounded to, the mode as written, and where the rounding remainder of a split goes.
   */
  public record Rounding(
      BigDecimal increment, Name mode, Name remainderTo, boolean largestRemainder, Span span) {}
}
