package org.concord.check;

import java.util.List;
import org.concord.diagnostic.Diagnostic;

/** What checking a set of agreements found. */
public record CheckResult(List<Diagnostic> diagnostics) {
  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
  }
}
