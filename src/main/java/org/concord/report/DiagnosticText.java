package org.concord.report;

import java.util.List;
import java.util.Map;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Label;
import org.concord.diagnostic.SourceFile;
import org.concord.diagnostic.Span;

/**
 * Renders diagnostics for people, rustc-style:
 *
 * <pre>
 * error[C0301]: shares of `relocated_tax` add up to 95%, not 100%
 *   --> examples/jjj.concord:14:3
 *    |
 * 14 |   share relocated_tax collected by hebei
 *    |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *    = help: give the remaining 5% to a party, or add `remainder to hebei`
 * </pre>
 */
public final class DiagnosticText {
  private final Map<String, SourceFile> sources;

  /** @param sources the text of every file a diagnostic may point into, by path */
  public DiagnosticText(Map<String, SourceFile> sources) {
    this.sources = sources;
  }

  public String render(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(render(d)).append('\n');
    return out.toString();
  }

  public String render(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    out.append(d.severity().label()).append('[').append(d.code().name()).append("]: ").append(d.message()).append('\n');
    String gutter = " ".repeat(String.valueOf(d.span().endLine()).length() + 1);
    out.append(gutter, 0, gutter.length() - 1).append("--> ").append(d.span()).append('\n');
    snippet(out, d.span(), gutter, null);
    for (Label label : d.related()) {
      out.append(gutter).append("= note: ").append(label.message()).append(" (").append(label.span()).append(")\n");
      snippet(out, label.span(), gutter, label.message());
    }
    if (d.help() != null && !d.help().isBlank()) {
      out.append(gutter).append("= help: ").append(d.help()).append('\n');
    }
    return out.toString();
  }

  private void snippet(StringBuilder out, Span span, String gutter, String labelText) {
    SourceFile source = sources.get(span.file());
    if (source == null || span.line() > source.lineCount()) return;
    String line = source.line(span.line()).replace('\t', ' ');
    if (line.isEmpty() && span.line() == source.lineCount()) return;
    String number = String.valueOf(span.line());
    out.append(gutter).append("|\n");
    out.append(number).append(" ".repeat(gutter.length() - number.length())).append("| ").append(line).append('\n');
    int start = Math.min(span.column() - 1, line.length());
    int end = span.endLine() == span.line() ? span.endColumn() - 1 : line.length();
    int width = Math.max(1, Math.min(end, line.length()) - start);
    out.append(gutter).append("| ").append(" ".repeat(start)).append("^".repeat(width));
    if (labelText != null) out.append(' ').append(labelText);
    out.append('\n');
  }
}
