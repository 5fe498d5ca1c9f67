package org.concord.bench;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.concord.model.Account;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;

/**
 * One scenario of a {@link Compact}, deterministic from its seed: each member's revenue and
 * population per year (growing from a random base, with noise), the tax of the parks it hosts,
 * the contribution rate, and the years in which a member defaults on its dues (about 2%).
 * Arrays are indexed [member][year]; {@code parkTax} is null for members hosting no park.
 */
public final class CompactData {
  public final long seed;
  public final BigDecimal[][] revenue;
  public final BigDecimal[][] population;
  public final BigDecimal[][] parkTax;
  public final BigDecimal rate;
  public final boolean[][] defaults;

  private CompactData(long seed, BigDecimal[][] revenue, BigDecimal[][] population, BigDecimal[][] parkTax,
      BigDecimal rate, boolean[][] defaults) {
    this.seed = seed;
    this.revenue = revenue;
    this.population = population;
    this.parkTax = parkTax;
    this.rate = rate;
    this.defaults = defaults;
  }

  public static CompactData generate(Compact c, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = c.parties;
    int years = c.years;
    BigDecimal[][] revenue = new BigDecimal[n][years];
    BigDecimal[][] population = new BigDecimal[n][years];
    BigDecimal[][] parkTax = new BigDecimal[n][];
    boolean[][] defaults = new boolean[n][years];
    for (int i = 0; i < n; i++) {
      double rev = Math.exp(Math.log(1_500) + rnd.nextDouble() * (Math.log(60_000) - Math.log(1_500)));
      double revGrowth = 0.02 + rnd.nextDouble() * 0.06;
      double pop = 400 + rnd.nextDouble() * 9_600;
      double popGrowth = -0.01 + rnd.nextDouble() * 0.025;
      for (int t = 0; t < years; t++) {
        revenue[i][t] = BigDecimal.valueOf(Math.round(rev * (0.97 + rnd.nextDouble() * 0.06) * 100), 2);
        population[i][t] = BigDecimal.valueOf(Math.round(pop * 10), 1);
        defaults[i][t] = rnd.nextInt(50) == 0;
        rev *= 1 + revGrowth;
        pop *= 1 + popGrowth;
      }
    }
    for (Compact.Park p : c.parks) {
      BigDecimal[] row = parkTax[p.host()] = new BigDecimal[years];
      double tax = 80 + rnd.nextDouble() * 2_420;
      for (int t = 0; t < years; t++) {
        row[t] = BigDecimal.valueOf(Math.round(tax * (0.9 + rnd.nextDouble() * 0.2) * 100), 2);
        tax *= 1.05;
      }
    }
    BigDecimal rate = BigDecimal.valueOf(20 + rnd.nextInt(21), 3); // 2.0% … 4.0%
    return new CompactData(seed, revenue, population, parkTax, rate, defaults);
  }

  /** This data as a scenario of {@code model}, which may be the hand-built or the checked model: names are looked up. */
  public Scenario scenario(Compact c, Model model) {
    Scenario.Builder b = Scenario.builder(model);
    int revenueSlot = slot(model, "revenue");
    int populationSlot = slot(model, "population");
    int parkSlot = slot(model, "park_tax");
    int[] member = new int[c.parties];
    for (int i = 0; i < c.parties; i++) member[i] = account(model, c.party(i));
    for (int i = 0; i < c.parties; i++) {
      for (int t = 0; t < c.years; t++) {
        b.value(revenueSlot, member[i], t, revenue[i][t]);
        b.value(populationSlot, member[i], t, population[i][t]);
        if (parkTax[i] != null) b.value(parkSlot, member[i], t, parkTax[i][t]);
        if (defaults[i][t]) b.event(new ScenarioEvent.Default(member[i], Compact.DUES, t));
      }
    }
    b.constant(slot(model, "contribution_rate"), 0, rate);
    return b.build();
  }

  static int slot(Model model, String input) {
    Input in = model.input(input);
    if (in == null) throw new IllegalArgumentException("the model has no input `" + input + "`");
    return in.slot();
  }

  static int account(Model model, String id) {
    Account a = model.account(id);
    if (a == null) throw new IllegalArgumentException("the model has no account `" + id + "`");
    return a.slot();
  }
}
