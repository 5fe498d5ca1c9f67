package org.concord.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFileTest {
  @Test
  void linesWithoutTheirTerminatorsWhateverTheLineEnding() {
    SourceFile f = new SourceFile("a.concord", "first\r\nsecond\n\nlast");
    assertThat(f.lineCount()).isEqualTo(4);
    assertThat(f.line(1)).isEqualTo("first");
    assertThat(f.line(2)).isEqualTo("second");
    assertThat(f.line(3)).isEmpty();
    assertThat(f.line(4)).isEqualTo("last");
    assertThat(f.line(0)).isEmpty();
    assertThat(f.line(5)).isEmpty();
  }

  @Test
  void aTrailingNewlineStartsAnEmptyLastLine() {
    SourceFile f = new SourceFile("a.concord", "one\n");
    assertThat(f.lineCount()).isEqualTo(2);
    assertThat(f.line(1)).isEqualTo("one");
    assertThat(f.line(2)).isEmpty();
    assertThat(new SourceFile("e.concord", "").lineCount()).isEqualTo(1);
  }

  @Test
  void equalByPathAndText() {
    SourceFile a = new SourceFile("a.concord", "x\ny");
    a.line(2); // the cached line starts must not affect equality
    assertThat(a).isEqualTo(new SourceFile("a.concord", "x\ny")).hasSameHashCodeAs(new SourceFile("a.concord", "x\ny"));
    assertThat(a).isNotEqualTo(new SourceFile("b.concord", "x\ny"));
  }
}
