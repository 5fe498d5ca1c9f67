package org.concord.sim.scenario;

import java.util.Locale;

/** How the forum decides a dispute: the contested payment stands, is undone, or is halved. */
public enum Ruling {
  UPHELD,
  REVERSED,
  SPLIT;

  /** `upheld`, `reversed` (or its synonym `overturned`), `split`; null for anything else. */
  public static Ruling parse(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "upheld" -> UPHELD;
      case "reversed", "overturned" -> REVERSED;
      case "split" -> SPLIT;
      default -> null;
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
