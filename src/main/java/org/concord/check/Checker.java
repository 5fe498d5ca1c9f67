package org.concord.check;

import java.util.List;
import org.concord.diagnostic.Diagnostics;

/**
 * The checking stage: parsed agreements in, diagnostics (and, for clean agreements, the
 * resolved model) out. Every rule runs over every agreement, so one run shows every finding.
 */
public final class Checker {
  private Checker() {}

  public static CheckResult check(List<CheckUnit> units) {
    Diagnostics diagnostics = new Diagnostics();
    for (CheckUnit unit : units) {
      for (AgreementRule rule : Rules.perAgreement()) rule.check(unit, diagnostics);
    }
    for (SetRule rule : Rules.perSet()) rule.check(units, diagnostics);
    return new CheckResult(diagnostics.sorted(), java.util.Map.of());
  }
}
