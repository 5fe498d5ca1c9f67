package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalSetTest {
  private static BigDecimal n(String v) {
    return new BigDecimal(v);
  }

  private static IntervalSet of(String low, boolean lowClosed, String high, boolean highClosed) {
    return IntervalSet.of(Interval.of(low == null ? null : n(low), lowClosed, high == null ? null : n(high), highClosed));
  }

  @Test
  void unionMergesTouchingEndsWhenOneIsClosed() {
    assertThat(of("0", true, "1", false).union(of("1", true, "2", true)).describe("P")).isEqualTo("0 <= P <= 2");
    assertThat(of("0", true, "1", false).union(of("1", false, "2", true)).describe("P"))
        .isEqualTo("0 <= P < 1 or 1 < P <= 2");
  }

  @Test
  void complementOfTwoOpenHalfLinesIsTheMissingPoint() {
    IntervalSet covered = of(null, false, "1", false).union(of("1", false, null, false));
    assertThat(covered.complement().describe("P")).isEqualTo("P = 1");
    assertThat(covered.complement().complement()).isEqualTo(covered);
  }

  @Test
  void intersectionAndDifferenceAreExact() {
    assertThat(of(null, false, "1", true).intersect(of("1", true, null, false)).describe("P")).isEqualTo("P = 1");
    assertThat(of(null, false, "1", false).intersect(of("1", false, null, false)).isEmpty()).isTrue();
    IntervalSet range = of("0", true, "5", true);
    IntervalSet covered = of(null, false, "1", true).union(of("1.2", false, null, false));
    assertThat(range.minus(covered).describe("P")).isEqualTo("1 < P <= 1.2");
    assertThat(IntervalSet.ALL.complement().isEmpty()).isTrue();
    assertThat(IntervalSet.EMPTY.complement()).isEqualTo(IntervalSet.ALL);
  }

  @Test
  void emptyIntervalsAreNotMade() {
    assertThat(Interval.of(n("2"), true, n("1"), true)).isNull();
    assertThat(Interval.of(n("1"), true, n("1"), false)).isNull();
    assertThat(Interval.of(n("1"), true, n("1"), true).isPoint()).isTrue();
  }

  @Test
  void wholeNumbersInARun() {
    assertThat(Interval.of(n("2"), false, n("3"), false).containsInteger()).isFalse();
    assertThat(Interval.of(n("2"), true, n("3"), false).containsInteger()).isTrue();
    assertThat(Interval.of(n("2.5"), true, n("2.7"), true).containsInteger()).isFalse();
    assertThat(Interval.of(n("-0.5"), true, n("0.5"), true).containsInteger()).isTrue();
    assertThat(of("2", false, "3", false).isEmpty(true)).isTrue();
  }
}
