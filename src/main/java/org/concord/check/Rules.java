package org.concord.check;

import java.util.List;

/** The registry of consistency rules `concord check` runs, in the order they run. */
final class Rules {
  private Rules() {}

  static List<AgreementRule> perAgreement() {
    return List.of();
  }

  static List<SetRule> perSet() {
    return List.of();
  }
}
