package org.concord.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.junit.jupiter.api.Test;

/** Regression tests for syntax bugs found by the formatter's generated agreements and fuzzing. */
class SyntaxRegressionTest {
  private static ParseResult parse(String text) {
    return SourceParser.parse(new SourceFile("nesting.concord", text));
  }

  /** `breach` was a reserved word, so the documented `expect event breach of X` could not parse. */
  @Test
  void breachIsAnEventKind() {
    String text = "agreement x\ntest \"t\" expect event breach of duty in 2013 expect event breach in 2014 end\n";
    assertThat(parse(text).diagnostics()).isEmpty();
  }

  /** Each `else if` used to count as one more level of nesting until the file hit C0007. */
  @Test
  void elseIfDoesNotOpenANewLevel() {
    StringBuilder text = new StringBuilder("agreement x\nparties a level p b level p\narticle 1\n");
    for (int i = 0; i < 100; i++) {
      text.append("  if P < 1 then a pays 1 to b else if P < 2 then b pays 1 to a else if P < 3 then end\n");
    }
    assertThat(parse(text.toString()).diagnostics()).isEmpty();
  }

  @Test
  void deepIfsAreStillRefused() {
    String text = "agreement x\narticle 1\n" + "if a then ".repeat(70) + "end ".repeat(70);
    assertThat(parse(text).diagnostics()).extracting(Diagnostic::code).contains(Code.C0007);
  }
}
