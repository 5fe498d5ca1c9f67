package org.concord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.concord.model.Rounding;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Money CENTS = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, -1, true));

  private static List<String> parts(Money m, String total, List<Integer> accounts, String... weights) {
    BigDecimal[] ps = m.apportion(new BigDecimal(total), Arrays.stream(weights).map(BigDecimal::new).toList(), accounts);
    return Arrays.stream(ps).map(BigDecimal::toPlainString).toList();
  }

  @Test
  void roundsToTheIncrementInTheDeclaredMode() {
    assertThat(CENTS.round(new BigDecimal("2.345"))).isEqualByComparingTo("2.34");
    assertThat(CENTS.round(new BigDecimal("2.355"))).isEqualByComparingTo("2.36");
    Money up = new Money(new Rounding(new BigDecimal("0.5"), RoundingMode.HALF_UP, -1, true));
    assertThat(up.round(new BigDecimal("1.25")).toPlainString()).isEqualTo("1.5");
    Money exact = new Money(Rounding.exact());
    assertThat(exact.round(new BigDecimal("1.23456789"))).isEqualByComparingTo("1.23456789");
  }

  @Test
  void largestRemainderMakesTheSplitAddUpTiesGoToTheLowerSlot() {
    assertThat(parts(CENTS, "100.00", List.of(0, 1, 2), "1", "1", "1")).containsExactly("33.34", "33.33", "33.33");
    assertThat(parts(CENTS, "100.00", List.of(5, 1, 2), "1", "1", "1")).containsExactly("33.33", "33.34", "33.33");
    assertThat(parts(CENTS, "0.05", List.of(0, 1), "0.7", "0.3")).containsExactly("0.04", "0.01");
  }

  @Test
  void remainderGoesToTheNamedAccountWhenItShares() {
    Money m = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, 2, false));
    assertThat(parts(m, "100.00", List.of(0, 1, 2), "1", "1", "1")).containsExactly("33.33", "33.33", "33.34");
    // not among the sharers: largest remainder instead
    assertThat(parts(m, "100.00", List.of(0, 1), "1", "2")).containsExactly("33.33", "66.67");
  }

  @Test
  void exactSplitsStillAddUp() {
    Money exact = new Money(Rounding.exact());
    BigDecimal[] ps = exact.apportion(BigDecimal.ONE, List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE), List.of(0, 1, 2));
    assertThat(ps[0].add(ps[1]).add(ps[2])).isEqualByComparingTo("1");
  }

  @Test
  void formatsWithTheIncrementsDecimals() {
    assertThat(Money.format(new BigDecimal("100"), new BigDecimal("0.01"))).isEqualTo("100.00");
    assertThat(Money.format(new BigDecimal("-3.5"), new BigDecimal("0.01"))).isEqualTo("-3.50");
    assertThat(Money.format(new BigDecimal("1.2300"), null)).isEqualTo("1.23");
    assertThat(Money.format(new BigDecimal("1E+3"), null)).isEqualTo("1000");
    assertThat(Money.format(BigDecimal.ZERO, null)).isEqualTo("0");
  }
}
