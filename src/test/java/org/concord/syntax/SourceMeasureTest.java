package org.concord.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.concord.diagnostic.SourceFile;
import org.concord.diagnostic.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser measures text without copying it; the measures must be those of the copies. */
class SourceMeasureTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "ascii", "é and ü", "中文", "\uD83D\uDE00 emoji", "lone \uD800 high", "lone \uDC00 low", "end \uD83D"})
  void utf8LengthIsThatOfTheEncodedBytes(String text) {
    assertThat(SourceParser.utf8Length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  /** ANTLR counts code points; spans count UTF-16 chars past the start, as they always have. */
  @Test
  void spanEndsCountCharsOfSupplementaryText() {
    ParseResult r = SourceParser.parse(new SourceFile("x.concord", "agreement x \"\uD83D\uDE00\"\n"));
    assertThat(r.agreement().header().span()).isEqualTo(new Span("x.concord", 1, 1, 1, 17));
  }
}
