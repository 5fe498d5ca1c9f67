package org.concord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * The parser and AST builder on arbitrary text: whatever the input, {@link SourceParser#parse}
 * returns, with diagnostics rather than exceptions, and a clean parse has an AST. Under `mvn
 * test` this runs the seeds in `ParserFuzzTestInputs/parse/`; spec/reliability.md says how to
 * fuzz for real.
 */
class ParserFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "agreement", "term", "to", "yearly", "quarterly", "monthly", "currency", "rounding", "half-even", "remainder",
    "largest", "import", "parties", "level", "parent", "members", "outside", "inputs", ":", "in", "[", "]", "by",
    "party", "constant", "per", "period", "collected", "default", "define", "=", "fund", "held", "initial", "balance",
    "on", "shortfall", "pro-rata", "arrears", "carry", "over", "lapse", "article", "pays", "share", "%", "until",
    "has", "received", "at", "most", "distributes", "contribute", "equally", "proportion", "equalising", "if", "then",
    "else", "end", "for", "each", "do", "obligation", "must", "pay", "ensure", "hortatory", "penalty", "breach", "of",
    "interest", "escalating", "repeat", "disputes", "under", "go", "between", "and", "within", "binding",
    "non-binding", "contested", "payments", "escrow", "costs", "borne", "loser", "side", "all", "consent", "test",
    "given", "scenario", "dispute", "ruled", "defaults", "expect", "net", "total", "flow", "event", "diagnostic",
    "not", "or", "true", "false", "(", ")", ",", "<=", ">=", "!=", "--", "\"", "2013Q2", "2013-04", "1_000", "0.5"
  })
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParseResult result = SourceParser.parse(new SourceFile("fuzz.concord", text));
    assertThat(result).as("parse returns a result (an exception on the parse thread loses it)").isNotNull();
    if (!result.hasErrors()) assertThat(result.agreement()).as("a clean parse has an AST").isNotNull();
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.message()).as("diagnostics have messages").isNotBlank();
      assertThat(d.span().line()).as("spans point into the file").isBetween(1, Math.max(1, lines(text)));
    }
  }

  private static int lines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count() + 1;
  }
}
