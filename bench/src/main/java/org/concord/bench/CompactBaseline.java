package org.concord.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The compact's flows computed by a hand-written Java program: what a programmer would write
 * for this one agreement, with arrays indexed by member and no interpretation. It is the
 * reference the interpreter is timed against, and {@code BaselineEquivalenceTest} holds the two
 * to the same ledger, flow for flow.
 *
 * <p>Arithmetic follows the agreement's words: exact decimal sums and products, quotients to
 * 34 significant digits, every amount rounded half-even to the cent when it becomes a flow,
 * splits by largest remainder (ties to the lower member), the fund's payouts made at the end of
 * the year, interest charged at the start of a year on arrears carried into it.
 */
public final class CompactBaseline {
  private static final MathContext Q = MathContext.DECIMAL128;
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private final Compact c;
  private final int n;
  private final int province;
  private final int council;
  private final int fund;

  public CompactBaseline(Compact c) {
    this.c = c;
    this.n = c.parties;
    this.province = 0;
    this.council = n + 1;
    this.fund = n + 2;
  }

  /** Account ids by the baseline's indices (the same layout as {@link Compact#handModel()}). */
  public String account(int index) {
    if (index == province) return "province";
    if (index == council) return "council";
    if (index == fund) return "equalisation";
    return c.party(index - 1);
  }

  public BaselineLedger run(CompactData d) {
    BaselineLedger ledger = new BaselineLedger();
    BigDecimal fundBalance = BigDecimal.ZERO;
    BigDecimal[] arrears = new BigDecimal[n];
    Arrays.fill(arrears, BigDecimal.ZERO);
    int[] breaches = new int[n];
    BigDecimal[] received = new BigDecimal[c.parks.size()];
    Arrays.fill(received, BigDecimal.ZERO);
    BigDecimal[] capacity = new BigDecimal[n];
    BigDecimal[] weights = new BigDecimal[n];
    BigDecimal[] payouts = null;
    BigDecimal escalation = BigDecimal.ONE.add(Compact.ESCALATION);

    for (int t = 0; t < c.years; t++) {
      BigDecimal opening = fundBalance;

      // article 5's interest on arrears carried into the year
      if (t > 0) {
        for (int i = 0; i < n; i++) {
          if (arrears[i].signum() > 0) ledger.add(t, i + 1, council, round(arrears[i].multiply(Compact.INTEREST)), "5");
        }
      }

      BigDecimal sumRevenue = BigDecimal.ZERO;
      BigDecimal sumPopulation = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        sumRevenue = sumRevenue.add(d.revenue[i][t]);
        sumPopulation = sumPopulation.add(d.population[i][t]);
        capacity[i] = d.revenue[i][t].divide(d.population[i][t], Q);
      }
      BigDecimal average = sumRevenue.divide(sumPopulation, Q);
      BigDecimal pool = d.rate.multiply(sumRevenue);

      // article 1: contributions in proportion to revenue
      BigDecimal intake = round(pool);
      if (intake.signum() != 0) {
        for (int i = 0; i < n; i++) weights[i] = d.revenue[i][t];
        BigDecimal[] parts = largestRemainder(intake, weights);
        for (int i = 0; i < n; i++) {
          ledger.add(t, i + 1, fund, parts[i], "1");
          fundBalance = fundBalance.add(parts[i]);
        }
      }

      // article 2: the fund's equalising payout, paid at the end of the year
      BigDecimal payout = round(Compact.PAYOUT_OF_POOL.multiply(pool).add(Compact.PAYOUT_OF_BALANCE.multiply(opening)));
      payouts = payout.signum() == 0 ? null : largestRemainder(payout, waterFill(payout, capacity));

      // article 3: tax sharing in joint parks
      for (int k = 0; k < c.parks.size(); k++) {
        Compact.Park p = c.parks.get(k);
        if (t < p.first() || t > p.last() || d.parkTax[p.host()] == null) continue;
        BigDecimal tax = round(d.parkTax[p.host()][t]);
        if (tax.signum() == 0) continue;
        BigDecimal[] split = largestRemainder(tax, new BigDecimal[] {p.share(), BigDecimal.ONE.subtract(p.share())},
            p.partner() + 1, p.host() + 1);
        BigDecimal pay = split[0];
        if (p.periodCap() != null && pay.compareTo(p.periodCap()) > 0) pay = round(p.periodCap());
        if (p.totalCap() != null) {
          BigDecimal room = round(p.totalCap()).subtract(received[k]).max(BigDecimal.ZERO);
          if (pay.compareTo(room) >= 0) pay = room;
        }
        received[k] = received[k].add(pay);
        ledger.add(t, p.host() + 1, p.partner() + 1, pay, "3");
      }

      // article 4: provincial top-up below 80% of average capacity
      BigDecimal threshold = Compact.TOP_UP_BELOW.multiply(average);
      for (int i = 0; i < n; i++) {
        if (capacity[i].compareTo(threshold) < 0) {
          ledger.add(t, province, i + 1, round(Compact.TOP_UP_RATE.multiply(d.revenue[i][t])), "4");
        }
      }

      // article 5: dues, and the penalty on a breach
      BigDecimal dues = round(Compact.DUES_AMOUNT);
      for (int i = 0; i < n; i++) {
        if (d.defaults[i][t]) {
          arrears[i] = arrears[i].add(dues);
          int repeat = breaches[i]++;
          BigDecimal penalty = Compact.PENALTY_FIXED.add(Compact.PENALTY_OF_ARREARS.multiply(arrears[i]));
          if (repeat > 0) penalty = penalty.multiply(escalation.pow(repeat));
          ledger.add(t, i + 1, province, round(penalty), "5");
        } else {
          ledger.add(t, i + 1, council, dues, "5");
        }
      }

      // the fund pays out; it always holds enough (the payout is at most 90% of the intake plus half the balance)
      if (payouts != null) {
        BigDecimal asked = BigDecimal.ZERO;
        for (BigDecimal x : payouts) asked = asked.add(x);
        if (asked.compareTo(fundBalance.max(BigDecimal.ZERO)) > 0) {
          throw new IllegalStateException("fund short in " + c.label(t) + ": the baseline does not model shortfalls");
        }
        for (int i = 0; i < n; i++) {
          ledger.add(t, fund, i + 1, payouts[i], "2");
          fundBalance = fundBalance.subtract(payouts[i]);
        }
      }
    }
    return ledger;
  }

  static BigDecimal round(BigDecimal x) {
    return x.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Splits {@code total} by {@code weights}: parts rounded down to the cent, the cents left over to the largest remainders, ties to the lower index. */
  static BigDecimal[] largestRemainder(BigDecimal total, BigDecimal[] weights) {
    return largestRemainder(total, weights, null);
  }

  /** Two-way split whose tie-break follows the two accounts' order rather than their position. */
  static BigDecimal[] largestRemainder(BigDecimal total, BigDecimal[] weights, int firstAccount, int secondAccount) {
    return largestRemainder(total, weights, new int[] {firstAccount, secondAccount});
  }

  private static BigDecimal[] largestRemainder(BigDecimal total, BigDecimal[] weights, int[] accounts) {
    int n = weights.length;
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) sum = sum.add(w);
    BigDecimal[] parts = new BigDecimal[n];
    BigDecimal[] remainder = new BigDecimal[n];
    BigDecimal given = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal raw = weights[i].signum() == 0 ? BigDecimal.ZERO : total.multiply(weights[i]).divide(sum, Q);
      parts[i] = raw.setScale(2, RoundingMode.DOWN);
      remainder[i] = raw.subtract(parts[i]);
      given = given.add(parts[i]);
    }
    int cents = total.subtract(given).movePointRight(2).intValueExact();
    if (cents == 0) return parts;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> {
      int r = remainder[b].compareTo(remainder[a]);
      if (r != 0) return r;
      return accounts == null ? Integer.compare(a, b) : Integer.compare(accounts[a], accounts[b]);
    });
    for (int k = 0; k < cents; k++) {
      int i = order[k % n];
      parts[i] = parts[i].add(CENT);
    }
    return parts;
  }

  /** Lifts the lowest measures first: the level L with sum(max(0, L - m)) = amount; all-equal measures share equally. */
  static BigDecimal[] waterFill(BigDecimal amount, BigDecimal[] measures) {
    int n = measures.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> {
      int r = measures[a].compareTo(measures[b]);
      return r != 0 ? r : Integer.compare(a, b);
    });
    BigDecimal prefix = BigDecimal.ZERO;
    BigDecimal level = null;
    int k = 0;
    while (k < n) {
      prefix = prefix.add(measures[order[k]]);
      k++;
      level = amount.add(prefix).divide(BigDecimal.valueOf(k), Q);
      if (k == n || level.compareTo(measures[order[k]]) <= 0) break;
    }
    BigDecimal[] fill = new BigDecimal[n];
    Arrays.fill(fill, BigDecimal.ZERO);
    boolean any = false;
    for (int i = 0; i < k; i++) {
      fill[order[i]] = level.subtract(measures[order[i]]).max(BigDecimal.ZERO);
      any |= fill[order[i]].signum() != 0;
    }
    if (!any) Arrays.fill(fill, BigDecimal.ONE);
    return fill;
  }
}
