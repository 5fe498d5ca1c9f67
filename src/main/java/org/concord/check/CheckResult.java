package org.concord.check;

import java.util.List;
import java.util.Map;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Model;

/**
 * What checking a set of agreements found, and the model of every agreement that checked
 * without errors, by file path (the simulator runs only these).
 */
public record CheckResult(List<Diagnostic> diagnostics, Map<String, Model> models) {
  public CheckResult {
    diagnostics = List.copyOf(diagnostics);
    models = Map.copyOf(models);
  }
}
