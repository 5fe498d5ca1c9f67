package org.concord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.concord.ast.Agreement;
import org.concord.diagnostic.SourceFile;
import org.concord.gen.AstShape;
import org.concord.gen.Parsing;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * The formatter on arbitrary text: when the text parses cleanly, its formatted text parses
 * cleanly to the same AST (spans aside, comments included), and formatting that again changes
 * nothing. Under `mvn test` this runs the seeds in `FormatterFuzzTestInputs/format/`.
 */
class FormatterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "agreement", "term", "to", "yearly", "parties", "level", "members", "inputs", ":", "in", "define", "=", "fund",
    "held", "by", "article", "pays", "share", "%", "remainder", "at", "most", "per", "period", "if", "then", "else",
    "end", "for", "each", "do", "obligation", "must", "penalty", "on", "breach", "of", "disputes", "go", "between",
    "within", "contested", "payments", "held", "escrow", "all", "parties", "consent", "test", "given", "expect",
    "not", "and", "or", "-", "(", ")", "--", "\n", "\"", "\\n"
  })
  void format(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParseResult parsed = SourceParser.parse(new SourceFile("fuzz.concord", text));
    if (parsed.hasErrors() || parsed.agreement() == null) return;
    String once = Formatter.format(parsed.agreement(), text);
    Agreement again = Parsing.clean(once);
    assertThat(AstShape.of(again)).as("formatting keeps meaning and comments:\n" + once)
        .isEqualTo(AstShape.of(parsed.agreement()));
    assertThat(Formatter.format(again, once)).as("formatting is idempotent").isEqualTo(once);
  }
}
