package org.concord.api;

import java.util.List;
import java.util.Map;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;

/** The findings of checking a set of files, with the sources they point into. */
public record CheckReport(int fileCount, List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
  public CheckReport {
    diagnostics = List.copyOf(diagnostics);
    sources = Map.copyOf(sources);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
