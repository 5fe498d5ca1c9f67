package org.concord.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.concord.report.SimulationJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conservation as a property (STYLE.md): on 1,000 random agreements and scenarios, every period's
 * net flows sum to exactly zero, no flow is negative, the nets are exactly the flows, the same
 * inputs give byte-identical JSON, and a run without reasons ({@link Simulator.Detail#LEDGER},
 * through a {@link Plan}) gives the same ledger, events and diagnostics, value and scale.
 */
class ConservationPropertyTest {
  static java.util.stream.LongStream seeds() {
    return java.util.stream.LongStream.range(0, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPeriodConservesMoneyAndRunsAreReproducible(long seed) {
    RandomAgreements g = new RandomAgreements(seed);
    SimulationResult r = Simulator.simulate(g.model, g.scenario);
    int periods = r.periods().size();
    BigDecimal[][] fromFlows = new BigDecimal[r.accounts().size()][periods];
    for (BigDecimal[] row : fromFlows) java.util.Arrays.fill(row, BigDecimal.ZERO);
    for (Flow f : r.flows()) {
      assertThat(f.amount().signum()).as("flow %s", f).isPositive();
      fromFlows[f.from()][f.period()] = fromFlows[f.from()][f.period()].subtract(f.amount());
      fromFlows[f.to()][f.period()] = fromFlows[f.to()][f.period()].add(f.amount());
      if (g.model.rounding().increment() != null) {
        assertThat(f.amount().remainder(g.model.rounding().increment()).signum()).as("rounded %s", f).isZero();
      }
    }
    for (int t = 0; t < periods; t++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (AccountResult a : r.accounts()) {
        sum = sum.add(a.net().get(t));
        assertThat(a.net().get(t)).isEqualByComparingTo(fromFlows[a.slot()][t]);
        if (a.kind() == org.concord.model.AccountKind.FUND) assertThat(a.balance().get(t).signum()).isNotNegative();
      }
      assertThat(sum).as("period %s", r.periods().get(t)).isEqualByComparingTo(BigDecimal.ZERO);
    }
    SimulationResult again = Simulator.simulate(g.model, g.scenario);
    assertThat(SimulationJson.write(again)).isEqualTo(SimulationJson.write(r));

    SimulationResult ledger = Simulator.plan(g.model).simulate(g.scenario, Simulator.Detail.LEDGER);
    assertThat(ledger.flows()).allSatisfy(f -> {
      assertThat(f.reason()).isEmpty();
      assertThat(f.uses()).isEmpty();
    });
    assertThat(ledger.flows().stream().map(ConservationPropertyTest::amounts).toList())
        .isEqualTo(r.flows().stream().map(ConservationPropertyTest::amounts).toList());
    assertThat(ledger.accounts()).isEqualTo(r.accounts());
    assertThat(ledger.events()).isEqualTo(r.events());
    assertThat(ledger.diagnostics()).isEqualTo(r.diagnostics());
  }

  /** A flow without its reason and uses; amounts with their scale (toString). */
  private static String amounts(Flow f) {
    return f.period() + " " + f.from() + " " + f.to() + " " + f.amount() + " " + f.article() + " " + f.clause();
  }
}
