package org.concord.sim.scenario;

import java.util.Locale;

/** How the forum decides a dispute: the contested payment stands, is undone, or is halved. */
public enum Ruling {
  UPHELD,
  REVERSED,
  SPLIT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
