package org.concord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.concord.model.Rounding;
import org.junit.jupiter.api.Test;

/**
 * {@link Money#apportion}'s fast paths, in whole increments ({@code long}s) and in exact integers
 * for largest remainders with long weights, must give exactly what the general path in 34-digit
 * quotients gives, value and scale, or decline. Random splits over
 * every rounding mode, with and without a remainder account, many equal weights (ties) and parts
 * whose whole numbers differ in length (the case where 34 digits and exact values part ways).
 */
class ApportionPathsTest {
  private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN,
    RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

  @Test
  void theFastPathAgreesWithDivisionOrDeclines() {
    SplittableRandom rnd = new SplittableRandom(20261123);
    int fast = 0;
    int declined = 0;
    for (int c = 0; c < 20_000; c++) {
      int scale = rnd.nextInt(4);
      BigDecimal increment = BigDecimal.ONE.movePointLeft(scale);
      int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 4 : 40);
      List<Integer> accounts = new ArrayList<>();
      for (int i = 0; i < n; i++) accounts.add(rnd.nextInt(3 * n + 1));
      int remainderTo = rnd.nextInt(3) == 0 ? Rounding.NO_ACCOUNT : accounts.get(rnd.nextInt(n));
      Money money = new Money(new Rounding(increment, MODES[rnd.nextInt(MODES.length)], remainderTo, true));
      BigDecimal total = BigDecimal.valueOf(rnd.nextLong(1, switch (rnd.nextInt(3)) {
        case 0 -> 1_000L;
        case 1 -> 10_000_000L;
        default -> 10_000_000_000_000_000L;
      }), scale);
      List<BigDecimal> weights = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        weights.add(switch (rnd.nextInt(5)) {
          case 0 -> BigDecimal.ONE;
          case 1 -> BigDecimal.ZERO;
          case 2 -> BigDecimal.valueOf(rnd.nextLong(1, 1_000_000), rnd.nextInt(7));
          case 3 -> BigDecimal.valueOf(rnd.nextLong(1, 100_000_000_000L), rnd.nextInt(3));
          default -> BigDecimal.valueOf(rnd.nextInt(1, 4));
        });
      }
      if (weights.stream().allMatch(w -> w.signum() == 0)) weights.set(0, BigDecimal.ONE);
      if (agreesOrDeclines(money, money.apportionInUnits(total, weights, accounts), total, weights, accounts)) fast++;
      else declined++;
    }
    // both paths were exercised, and the fast one is the common one
    assertThat(fast).isGreaterThan(5_000);
    assertThat(declined).isGreaterThan(100);
  }

  @Test
  void theExactPathAgreesWithDivisionOrDeclines() {
    SplittableRandom rnd = new SplittableRandom(20261203);
    int exact = 0;
    int declined = 0;
    for (int c = 0; c < 5_000; c++) {
      int scale = rnd.nextInt(4);
      int n = 2 + rnd.nextInt(rnd.nextBoolean() ? 4 : 60);
      List<Integer> accounts = new ArrayList<>();
      for (int i = 0; i < n; i++) accounts.add(rnd.nextInt(3 * n + 1));
      Money money = new Money(new Rounding(BigDecimal.ONE.movePointLeft(scale), MODES[rnd.nextInt(MODES.length)],
          Rounding.NO_ACCOUNT, true));
      BigDecimal total = BigDecimal.valueOf(rnd.nextLong(1, rnd.nextBoolean() ? 100_000L : 99_999_999_999_999_999L), scale);
      // weights of up to 34 digits at scales of their own, as quotients and water-filling make them
      List<BigDecimal> weights = new ArrayList<>();
      BigDecimal repeated = longWeight(rnd);
      for (int i = 0; i < n; i++) {
        weights.add(switch (rnd.nextInt(4)) {
          case 0 -> BigDecimal.ZERO;
          case 1 -> repeated;
          default -> longWeight(rnd);
        });
      }
      if (weights.stream().allMatch(w -> w.signum() == 0)) weights.set(0, repeated);
      if (agreesOrDeclines(money, money.apportionByRemainders(total, weights, accounts), total, weights, accounts)) exact++;
      else declined++;
    }
    assertThat(exact).isGreaterThan(3_000);
    assertThat(declined).isGreaterThan(50);
  }

  @Test
  void theExactPathAgreesWithDivisionOnWaterFilledWeights() {
    SplittableRandom rnd = new SplittableRandom(3);
    Money cents = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, Rounding.NO_ACCOUNT, true));
    int exact = 0;
    for (int c = 0; c < 300; c++) {
      int n = 2 + rnd.nextInt(120);
      List<Integer> accounts = new ArrayList<>();
      List<BigDecimal> measures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        accounts.add(i + 1);
        // revenue per resident: a 34-digit quotient, as the compact's capacity is
        measures.add(Money.divide(BigDecimal.valueOf(rnd.nextLong(1, 10_000_000_000L), 2), BigDecimal.valueOf(rnd.nextInt(1, 9_000))));
      }
      BigDecimal total = BigDecimal.valueOf(rnd.nextLong(1, 1_000_000_000_000L), 2);
      List<BigDecimal> weights = Basis.waterFill(total, measures, accounts);
      if (agreesOrDeclines(cents, cents.apportionByRemainders(total, weights, accounts), total, weights, accounts)) exact++;
    }
    assertThat(exact).isGreaterThan(290);
  }

  @Test
  void theExactPathLeavesARemainderAccountAndNearTiesToOthers() {
    Money toFirst = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, 5, true));
    Money largest = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, Rounding.NO_ACCOUNT, true));
    List<BigDecimal> weights = List.of(BigDecimal.ONE, new BigDecimal("4"), BigDecimal.ONE);
    List<Integer> accounts = List.of(5, 1, 9);
    assertThat(toFirst.apportionByRemainders(new BigDecimal("0.02"), weights, accounts)).isNull();
    // a third of a cent left of every part: which of them gets the leftover cent is a tie
    assertThat(largest.apportionByRemainders(new BigDecimal("0.02"), weights, accounts)).isNull();
    // 0.07 leaves a sixth, two thirds and a sixth of a cent: the leftover cent is plainly the second's
    assertThat(Arrays.stream(largest.apportionByRemainders(new BigDecimal("0.07"), weights, accounts))
        .map(BigDecimal::toPlainString).toList()).containsExactly("0.01", "0.05", "0.01");
  }

  @Test
  void equalRemaindersOfDifferentLengthsAreLeftToDivision() {
    Money cents = new Money(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, Rounding.NO_ACCOUNT, true));
    // 0.02 by 1 : 4 : 1 is 0.00333…, 0.01333…, 0.00333…: every remainder is a third of a cent, but
    // at 34 digits the second has one digit fewer, so division ranks it last; exact values tie.
    List<BigDecimal> weights = List.of(BigDecimal.ONE, new BigDecimal("4"), BigDecimal.ONE);
    List<Integer> accounts = List.of(5, 1, 9);
    BigDecimal total = new BigDecimal("0.02");
    assertThat(cents.apportionInUnits(total, weights, accounts)).isNull();
    assertThat(Arrays.stream(cents.apportion(total, weights, accounts)).map(BigDecimal::toPlainString).toList())
        .containsExactly("0.01", "0.01", "0.00");
  }

  /** Whether a fast path gave parts ({@code quick} not null), which then must be exactly division's. */
  private static boolean agreesOrDeclines(Money money, BigDecimal[] quick, BigDecimal total, List<BigDecimal> weights,
      List<Integer> accounts) {
    if (quick == null) return false;
    assertThat(Arrays.stream(quick).map(ApportionPathsTest::exactly).toList())
        .as("total %s, weights %s, accounts %s, %s", total, weights, accounts, money.rounding())
        .isEqualTo(Arrays.stream(money.apportionByDivision(total, weights, accounts)).map(ApportionPathsTest::exactly).toList());
    return true;
  }

  /** A weight of 10 to 34 digits with 0 to 30 of them after the point. */
  private static BigDecimal longWeight(SplittableRandom rnd) {
    StringBuilder digits = new StringBuilder().append(1 + rnd.nextInt(9));
    for (int d = 10 + rnd.nextInt(25); d > 1; d--) digits.append(rnd.nextInt(10));
    return new BigDecimal(new java.math.BigInteger(digits.toString()), rnd.nextInt(31));
  }

  /** Value and scale: 1.0 and 1.00 are different answers here. */
  private static String exactly(BigDecimal x) {
    return x.unscaledValue() + "e-" + x.scale();
  }
}
