package org.concord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.model.Model;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written baselines the interpreter is timed against compute the same ledger as the
 * interpreter — period, payer, payee, amount and article of every flow, in order — so the
 * benchmark compares equal work. A failure prints the seed and the first differing flow.
 */
class BaselineEquivalenceTest {
  private static final ModelSource XINAN = ModelSource.of(Xinan.FILE, Xinan.text(), Xinan::handModel);

  @Test
  void theCheckerBuildsTheModelsOfTheBenchmarkTexts() {
    assertThat(XINAN.checked()).as("xinan_bench.concord checks without errors").isTrue();
    Compact compact = Compact.generate(3, 12, 5);
    assertThat(ModelSource.of("c.concord", compact.text(), compact::handModel).checked()).isTrue();
  }

  @ParameterizedTest(name = "xinan seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void xinanBaselineMatchesTheInterpreter(long seed) {
    Xinan.Data data = Xinan.Data.generate(seed);
    SimulationResult result = Simulator.simulate(XINAN.model(), data.scenario(XINAN.model()));
    assertThat(result.diagnostics()).isEmpty();
    List<LedgerEntry> expected = XinanBaseline.run(data).entries(Xinan::label, XinanBaseline::account);
    assertSameLedger(LedgerEntry.of(result), expected, "xinan seed " + seed);
    // what the benchmark times: a prepared plan, no reasons
    SimulationResult ledger = Simulator.plan(XINAN.model()).simulate(data.scenario(XINAN.model()), Simulator.Detail.LEDGER);
    assertSameLedger(LedgerEntry.of(ledger), expected, "xinan seed " + seed + ", ledger only");
  }

  @ParameterizedTest(name = "compact of 40 parties, seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void smallCompactBaselineMatchesTheInterpreter(long seed) {
    check(Compact.generate(seed, 40, 12), seed * 31);
  }

  /** The hand-built models the benchmarks fall back to mean what the text means. */
  @ParameterizedTest(name = "hand-built models, seed {0}")
  @ValueSource(longs = {1, 2})
  void handBuiltModelsGiveTheBaselinesLedgers(long seed) {
    Compact compact = Compact.generate(seed, 25, 10);
    CompactData data = CompactData.generate(compact, seed);
    Model model = compact.handModel();
    CompactBaseline baseline = new CompactBaseline(compact);
    assertSameLedger(LedgerEntry.of(Simulator.simulate(model, data.scenario(compact, model))),
        baseline.run(data).entries(compact::label, baseline::account), "hand-built compact " + seed);
    Xinan.Data x = Xinan.Data.generate(seed);
    assertSameLedger(LedgerEntry.of(Simulator.simulate(Xinan.handModel(), x.scenario(Xinan.handModel()))),
        XinanBaseline.run(x).entries(Xinan::label, XinanBaseline::account), "hand-built xinan " + seed);
  }

  @ParameterizedTest(name = "the benchmark's compact (333 parties, 30 years), scenario {0}")
  @ValueSource(longs = {1})
  void benchmarkCompactBaselineMatchesTheInterpreter(long scenarioSeed) {
    check(Compact.standard(), scenarioSeed);
  }

  private static void check(Compact compact, long scenarioSeed) {
    ModelSource source = ModelSource.of("equalisation_compact.concord", compact.text(), compact::handModel);
    Model model = source.model();
    CompactData data = CompactData.generate(compact, scenarioSeed);
    SimulationResult result = Simulator.simulate(model, data.scenario(compact, model));
    assertThat(result.diagnostics()).isEmpty();
    CompactBaseline baseline = new CompactBaseline(compact);
    List<LedgerEntry> expected = baseline.run(data).entries(compact::label, baseline::account);
    assertSameLedger(LedgerEntry.of(result), expected,
        "compact seed " + compact.seed + ", scenario " + scenarioSeed + ", model " + source.origin());
    SimulationResult ledger = Simulator.plan(model).simulate(data.scenario(compact, model), Simulator.Detail.LEDGER);
    assertSameLedger(LedgerEntry.of(ledger), expected,
        "compact seed " + compact.seed + ", scenario " + scenarioSeed + ", ledger only");
  }

  static void assertSameLedger(List<LedgerEntry> actual, List<LedgerEntry> expected, String what) {
    int n = Math.min(actual.size(), expected.size());
    for (int i = 0; i < n; i++) {
      assertThat(actual.get(i)).as("%s: flow %d (interpreter vs baseline)", what, i).isEqualTo(expected.get(i));
    }
    assertThat(actual.size()).as("%s: number of flows", what).isEqualTo(expected.size());
    assertThat(actual).as(what).isNotEmpty();
  }
}
