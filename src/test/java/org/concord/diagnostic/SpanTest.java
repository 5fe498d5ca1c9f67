package org.concord.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spans pack their coordinates; what comes out must be what went in, packed or not. */
class SpanTest {

  @ParameterizedTest
  @CsvSource({"1, 1, 1, 2", "0, 0, 0, 0", "65535, 65535, 65535, 65535", "3, 70000, 3, 70004", "80000, 1, 80001, 9",
      "1, -1, 1, 0"})
  void coordinatesRoundTrip(int line, int column, int endLine, int endColumn) {
    Span span = new Span("a.concord", line, column, endLine, endColumn);
    assertThat(span.file()).isEqualTo("a.concord");
    assertThat(span.line()).isEqualTo(line);
    assertThat(span.column()).isEqualTo(column);
    assertThat(span.endLine()).isEqualTo(endLine);
    assertThat(span.endColumn()).isEqualTo(endColumn);
    assertThat(span).isEqualTo(new Span("a.concord", line, column, endLine, endColumn))
        .hasSameHashCodeAs(new Span("a.concord", line, column, endLine, endColumn))
        .isNotEqualTo(new Span("b.concord", line, column, endLine, endColumn))
        .hasToString("a.concord:" + line + ":" + column);
    assertThat(span.to(new Span("a.concord", 90000, 1, 90000, 7)))
        .isEqualTo(new Span("a.concord", line, column, 90000, 7));
  }
}
