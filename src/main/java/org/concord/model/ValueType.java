package org.concord.model;

/**
 * What a value measures. Money is in the agreement's currency and unit; a percentage is held as
 * a fraction (50% is 0.5); a count is a whole number of things (people, enterprises).
 */
public enum ValueType {
  MONEY,
  NUMBER,
  PERCENT,
  COUNT,
  BOOLEAN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
