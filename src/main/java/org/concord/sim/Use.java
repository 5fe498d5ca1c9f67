package org.concord.sim;

/** A value a flow depended on: `P` = `0.8`, or `gdp[anhui]` = `1050`, read in period {@code period}. */
public record Use(String name, String period, String value) {
  @Override
  public String toString() {
    return name + " = " + value + " (" + period + ")";
  }
}
