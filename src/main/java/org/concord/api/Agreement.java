package org.concord.api;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;

/**
 * A loaded and checked agreement: its source, every diagnostic (syntax and checking), and —
 * when it has no errors — the model the simulator runs. Immutable and safe to share between
 * threads: simulate it from as many as you like.
 */
public final class Agreement {
  private final SourceFile source;
  private final List<Diagnostic> diagnostics;
  private final Model model;

  Agreement(SourceFile source, List<Diagnostic> diagnostics, Model model) {
    this.source = source;
    this.diagnostics = List.copyOf(diagnostics);
    this.model = model;
  }

  /** The text the agreement was read from, and the path diagnostics cite. */
  public SourceFile source() {
    return source;
  }

  /** Every finding, in file, line, column order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The checked model; only present when there are no errors. */
  public java.util.Optional<Model> model() {
    return java.util.Optional.ofNullable(model);
  }
}
