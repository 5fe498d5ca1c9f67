package org.concord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.concord.ast.Agreement;
import org.concord.gen.AgreementGenerator;
import org.concord.diagnostic.SourceFile;
import org.concord.gen.AstShape;
import org.concord.gen.Parsing;
import org.concord.gen.TextScrambler;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * The formatter: when text parses cleanly, its formatted text parses cleanly to the same AST
 * (spans aside, comments included), and formatting that again changes nothing. {@link #format}
 * takes arbitrary text; since mutated bytes seldom parse, {@link #formatGenerated} builds valid
 * agreements ({@link AgreementGenerator}) and lets the fuzzer choose their layout and the text of
 * comments put into them. Under `mvn test` these run the seeds in `FormatterFuzzTestInputs/`.
 */
class FormatterFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "agreement", "term", "to", "yearly", "parties", "level", "members", "inputs", ":", "in", "define", "=", "fund",
    "held", "by", "article", "pays", "share", "%", "remainder", "at", "most", "per", "period", "if", "then", "else",
    "end", "for", "each", "do", "obligation", "must", "penalty", "on", "breach", "of", "disputes", "go", "between",
    "within", "contested", "payments", "held", "escrow", "all", "parties", "consent", "test", "given", "expect",
    "not", "and", "or", "-", "(", ")", "--", "\"", "\\n"
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

  @FuzzTest(maxDuration = "2m")
  void formatGenerated(FuzzedDataProvider data) {
    String canonical = new AgreementGenerator(data.consumeLong()).text();
    StringBuilder text = new StringBuilder();
    for (String line : canonical.split("\n", -1)) {
      switch (data.consumeInt(0, 4)) {
        case 1 -> text.append(line).append(" --").append(commentText(data));
        case 2 -> text.append(blanks(data)).append("--").append(commentText(data)).append('\n').append(line);
        case 3 -> text.append(blanks(data)).append(line.strip()).append(blanks(data));
        default -> text.append(line);
      }
      text.append(data.consumeBoolean() ? "\n" : data.pickValue(new String[] {"\r\n", "\n\n", " \n\t"}));
    }
    String messy = data.consumeBoolean() ? TextScrambler.scramble(text.toString(), new SplittableRandom(data.consumeLong()))
        : text.toString();
    format(messy.getBytes(StandardCharsets.UTF_8));
  }

  /** Comment text the fuzzer writes, up to the end of the line (a lone CR may still end it). */
  private static String commentText(FuzzedDataProvider data) {
    return data.consumeString(30).replace('\n', ' ');
  }

  private static String blanks(FuzzedDataProvider data) {
    StringBuilder s = new StringBuilder();
    int n = data.consumeInt(0, 4);
    for (int i = 0; i < n; i++) s.append(data.pickValue(new char[] {' ', '\t', '\f'}));
    return s.toString();
  }
}
