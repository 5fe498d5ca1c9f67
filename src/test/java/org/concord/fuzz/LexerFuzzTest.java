package org.concord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.concord.syntax.LexerComparison;

/**
 * The hand-written lexer against ANTLR's generated one on arbitrary text: the same tokens, type,
 * channel, positions and text, whatever the input. Under `mvn test` this runs the seeds in
 * `LexerFuzzTestInputs/lex/`; spec/reliability.md says how to fuzz for real.
 */
class LexerFuzzTest {
  @FuzzTest(maxDuration = "2m")
  @DictionaryEntries({
    "agreement", "pro-rata", "non-binding", "pro", "non", "2013Q1", "2013Q5", "2013-04", "1_000", "0.5", "%", " %",
    "--", "-", "\"", "<=", ">=", "!=", "=", "_", "Q"
  })
  void lex(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    assertThat(LexerComparison.difference(text)).as(text).isNull();
  }
}
