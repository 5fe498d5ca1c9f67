package org.concord.syntax;

import java.util.List;
import org.concord.ast.Agreement;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;

/**
 * What parsing one file gave: the AST (null when the text is too broken to build one) and the
 * syntax diagnostics. An AST that comes with errors is best-effort and is not checked further.
 */
public record ParseResult(SourceFile source, Agreement agreement, List<Diagnostic> diagnostics) {

  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
