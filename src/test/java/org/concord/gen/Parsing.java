package org.concord.gen;

import java.util.List;
import java.util.stream.Collectors;
import org.concord.ast.Agreement;
import org.concord.ast.Comment;
import org.concord.diagnostic.SourceFile;
import org.concord.report.DiagnosticText;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/** Parse-and-format helpers shared by the formatter's tests, properties and fuzz targets. */
public final class Parsing {
  private Parsing() {}

  public static ParseResult parse(String text) {
    return SourceParser.parse(new SourceFile("test.concord", text));
  }

  /** The AST of text that must parse with no diagnostics at all; fails with them rendered. */
  public static Agreement clean(String text) {
    ParseResult result = parse(text);
    if (!result.diagnostics().isEmpty() || result.agreement() == null) {
      throw new AssertionError("expected a clean parse, got:\n"
          + new DiagnosticText(java.util.Map.of("test.concord", result.source())).render(result.diagnostics())
          + "--- text ---\n" + text);
    }
    return result.agreement();
  }

  /** `concord fmt` on text that must parse cleanly. */
  public static String format(String text) {
    return Formatter.format(clean(text), text);
  }

  public static List<String> commentTexts(Agreement a) {
    return a.comments().stream().map(Comment::text).map(String::stripTrailing).collect(Collectors.toList());
  }
}
