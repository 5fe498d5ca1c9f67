package org.concord.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ledger keeps nets in {@code long} increments while it can and in {@link BigDecimal} once it
 * cannot: either way a net must be the value and scale that adding the flows' amounts as
 * BigDecimals gives (an untouched net is zero at scale 0). Checked against that reference on
 * random flows that mix whole increments, other scales and amounts near the {@code long} limit.
 */
class LedgerTest {
  private static final int ACCOUNTS = 3;
  private static final int PERIODS = 3;
  private static final boolean[] HOLDS = {false, true, false};

  @Test
  void netsAreThoseOfBigDecimalAdditionWhateverTheAmounts() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
      BigDecimal[][] reference = new BigDecimal[PERIODS][ACCOUNTS];
      List<Flow> made = new ArrayList<>();
      BigDecimal balance = null; // account 1 holds money: its balance as BigDecimal arithmetic makes it
      for (int t = 0; t < PERIODS; t++) {
        ledger.openPeriod(t);
        int flows = random.nextInt(40);
        for (int i = 0; i < flows; i++) {
          int from = random.nextInt(ACCOUNTS);
          int to = random.nextInt(ACCOUNTS);
          BigDecimal amount = amount(random);
          ledger.transfer(t, from, to, amount, "1", Ledger.NO_SPAN, "", List.of());
          if (amount.signum() == 0 || from == to) continue;
          made.add(new Flow(t, from, to, amount, "1", "", Ledger.NO_SPAN, List.of()));
          if (from == 1) balance = balance == null ? zeroAtScale(amount).subtract(amount) : balance.subtract(amount);
          if (to == 1) balance = balance == null ? zeroAtScale(amount).add(amount) : balance.add(amount);
          assertEquals(balance == null ? BigDecimal.ZERO : balance, ledger.balance(1), "round " + round);
          BigDecimal ask = amount(random).abs();
          assertEquals((balance == null ? BigDecimal.ZERO : balance).max(BigDecimal.ZERO).compareTo(ask) >= 0,
              ledger.holdsAtLeast(1, ask), "round " + round + ": holds at least " + ask);
          reference[t][from] = reference[t][from] == null ? zeroAtScale(amount).subtract(amount) : reference[t][from].subtract(amount);
          reference[t][to] = reference[t][to] == null ? zeroAtScale(amount).add(amount) : reference[t][to].add(amount);
        }
        ledger.closePeriod(t);
        ledger.checkConservation();
        assertEquals(balance == null ? BigDecimal.ZERO : balance, ledger.closing(1).get(t), "round " + round);
      }
      for (int a = 0; a < ACCOUNTS; a++) {
        List<BigDecimal> expected = new ArrayList<>();
        for (int t = 0; t < PERIODS; t++) expected.add(reference[t][a] == null ? BigDecimal.ZERO : reference[t][a]);
        // equals, not compareTo: the scale is part of what reports print
        assertEquals(expected, ledger.net(a), "round " + round + ", account " + a);
      }
      // every flow but those of nothing or to oneself, in order, past the room made at the start
      assertEquals(made, ledger.flows(), "round " + round);
    }
  }

  @Test
  void aNetPastTheLongLimitGoesOnExactly() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
    ledger.openPeriod(0);
    BigDecimal big = new BigDecimal("9999999999999999.99"); // 18 digits: whole increments in a long
    for (int i = 0; i < 10; i++) ledger.transfer(0, 0, 2, big, "1", Ledger.NO_SPAN, "", List.of());
    ledger.checkConservation();
    assertEquals(new BigDecimal("99999999999999999.90"), ledger.net(2).get(0));
    assertEquals(new BigDecimal("-99999999999999999.90"), ledger.net(0).get(0));
    assertEquals(BigDecimal.ZERO, ledger.net(1).get(0));
  }

  @Test
  void aBalancePastTheLongLimitGoesOnExactly() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
    ledger.openPeriod(0);
    BigDecimal big = new BigDecimal("9999999999999999.99");
    for (int i = 0; i < 10; i++) ledger.transfer(0, 0, 1, big, "1", Ledger.NO_SPAN, "", List.of());
    assertEquals(new BigDecimal("99999999999999999.90"), ledger.balance(1));
    for (int i = 0; i < 10; i++) ledger.transfer(0, 1, 2, big, "1", Ledger.NO_SPAN, "", List.of());
    assertEquals(new BigDecimal("0.00"), ledger.balance(1));
  }

  @Test
  void aBalanceHasTheScaleBigDecimalArithmeticGivesIt() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
    ledger.openPeriod(0);
    ledger.transfer(0, 0, 1, new BigDecimal("0.001"), "1", Ledger.NO_SPAN, "", List.of());
    ledger.transfer(0, 1, 0, new BigDecimal("0.001"), "1", Ledger.NO_SPAN, "", List.of());
    assertEquals(new BigDecimal("0.000"), ledger.balance(1));
    // 0.000 + 1.00 is 1.000: a zero finer than the increment keeps its scale
    ledger.transfer(0, 0, 1, new BigDecimal("1.00"), "1", Ledger.NO_SPAN, "", List.of());
    assertEquals(new BigDecimal("1.000"), ledger.balance(1));
  }

  @Test
  void aNegativeFlowIsABug() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
    ledger.openPeriod(0);
    BigDecimal negative = new BigDecimal("-0.01");
    assertThrows(ConservationError.class, () -> ledger.transfer(0, 0, 1, negative, "1", Ledger.NO_SPAN, "", List.of()));
  }

  /** What {@code null + amount} is in the ledger: the amount's scale, at least 0. */
  private static BigDecimal zeroAtScale(BigDecimal amount) {
    return BigDecimal.ZERO.setScale(Math.max(amount.scale(), 0));
  }

  private static BigDecimal amount(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> BigDecimal.valueOf(random.nextInt(100_000), 2);
      case 1 -> BigDecimal.valueOf(999_999_999_999_999_000L + random.nextInt(1000), 2); // 18 digits: ten overflow a long
      case 2 -> new BigDecimal("123456789012345678901234.56"); // more than 18 digits
      case 3 -> BigDecimal.valueOf(random.nextInt(1000), random.nextInt(4)); // another scale
      case 4 -> BigDecimal.valueOf(random.nextInt(10), -1); // a negative scale
      default -> BigDecimal.ZERO.setScale(2);
    };
  }

  @Test
  void balancesAreKeptForAccountsThatHoldMoneyAndZeroForTheOthers() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 0, false, String::valueOf);
    ledger.initialBalance(1, new BigDecimal("5.00"));
    for (int t = 0; t < PERIODS; t++) {
      ledger.openPeriod(t);
      ledger.transfer(t, 0, 1, new BigDecimal("10.25"), "1", Ledger.NO_SPAN, "", List.of());
      ledger.transfer(t, 1, 2, new BigDecimal("3.00"), "1", Ledger.NO_SPAN, "", List.of());
      ledger.closePeriod(t);
    }
    assertEquals(List.of(new BigDecimal("12.25"), new BigDecimal("19.50"), new BigDecimal("26.75")), ledger.closing(1));
    assertEquals(new BigDecimal("12.25"), ledger.opening(1, 1), "the start of a period is the end of the one before");
    assertEquals(new BigDecimal("5.00"), ledger.opening(1, 0));
    assertTrue(ledger.holdsAtLeast(1, new BigDecimal("26.75")));
    assertFalse(ledger.holdsAtLeast(1, new BigDecimal("26.76")));
    assertTrue(ledger.holdsAtLeast(1, new BigDecimal("26.749")), "an amount finer than the increment is compared exactly");
    assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), ledger.closing(0));
    assertEquals(BigDecimal.ZERO, ledger.opening(0, 2));
    assertEquals(List.of(new BigDecimal("-10.25"), new BigDecimal("-10.25"), new BigDecimal("-10.25")), ledger.net(0));
    // the columns read the ledger on demand but cannot change it
    assertThrows(UnsupportedOperationException.class, () -> ledger.net(0).set(0, BigDecimal.ONE));
    assertThrows(IndexOutOfBoundsException.class, () -> ledger.closing(1).get(PERIODS));
    ledger.openPeriod(PERIODS - 1);
    ledger.transfer(PERIODS - 1, 1, 0, new BigDecimal("30.00"), "1", Ledger.NO_SPAN, "", List.of());
    assertTrue(ledger.holdsAtLeast(1, new BigDecimal("0.00")), "an overdrawn account holds nothing, and that is at least zero");
    assertFalse(ledger.holdsAtLeast(1, new BigDecimal("0.01")));
  }

  @Test
  void anExplainingLedgerKeepsEachFlowsReasonAndUses() {
    Ledger ledger = new Ledger(ACCOUNTS, PERIODS, HOLDS, 2, 1, true, String::valueOf);
    List<Use> used = List.of(new Use("P", "2012", "0.9"));
    ledger.openPeriod(0);
    ledger.transfer(0, 0, 1, new BigDecimal("1.00"), "2", Ledger.NO_SPAN, "because", used);
    ledger.transfer(0, 1, 2, new BigDecimal("0.50"), null, Ledger.NO_SPAN, "lapses", List.of());
    assertEquals(List.of(new Flow(0, 0, 1, new BigDecimal("1.00"), "2", "because", Ledger.NO_SPAN, used),
        new Flow(0, 1, 2, new BigDecimal("0.50"), null, "lapses", Ledger.NO_SPAN, List.of())), ledger.flows());
    assertThrows(UnsupportedOperationException.class, () -> ledger.flows().add(ledger.flows().get(0)));
    assertThrows(IndexOutOfBoundsException.class, () -> ledger.flows().get(2));
  }
}
