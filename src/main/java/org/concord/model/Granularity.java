package org.concord.model;

/** How long one period of the term is. */
public enum Granularity {
  YEARLY(12),
  QUARTERLY(3),
  MONTHLY(1);

  /** Months in one period: dispute time limits in months are converted with it. */
  public final int months;

  Granularity(int months) {
    this.months = months;
  }
}
