package org.concord.api;

import java.util.List;
import java.util.Map;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;

/**
 * The findings of checking a set of files, with the sources they point into, the model of every
 * file that checked clean, and for each file
 * with `test` blocks the model its tests run on (its own, or that of the agreement it imports)
 * when that model checked clean.
 */
public record CheckReport(
    int fileCount,
    List<Diagnostic> diagnostics,
    Map<String, SourceFile> sources,
    Map<String, Model> models,
    Map<String, Model> testTargets) {
  public CheckReport {
    models = Map.copyOf(models);
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
    testTargets = Map.copyOf(testTargets);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
