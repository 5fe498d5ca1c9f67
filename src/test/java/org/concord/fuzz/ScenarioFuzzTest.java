package org.concord.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.concord.api.Concord;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Model;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioReader;

/**
 * Scenario files and the simulator under fuzzed input, against the Xin'an River example:
 * (1) the JSON, YAML and CSV readers answer arbitrary text with a scenario or diagnostics, never
 * an exception; (2) the simulator, given fuzzed input values and events, conserves money in every
 * period and reports arithmetic trouble as diagnostics (a conservation failure throws, and fails
 * the target). Under `mvn test` the seeds in `ScenarioFuzzTestInputs/` replay as regression tests.
 */
class ScenarioFuzzTest {
  private static final Model MODEL = Concord.load(Path.of("examples/xinan_river.concord")).model().orElseThrow();

  @FuzzTest(maxDuration = "2m")
  void readers(FuzzedDataProvider data) {
    ScenarioReader.Format format = data.pickValue(ScenarioReader.Format.values());
    String text = data.consumeRemainingAsString();
    ScenarioReader.Result result = ScenarioReader.parse("fuzz.scenario", text, format, MODEL);
    assertThat(result).isNotNull();
    assertThat(result.scenario() == null).isEqualTo(result.hasErrors());
    for (Diagnostic d : result.diagnostics()) assertThat(d.message()).isNotBlank();
  }

  @FuzzTest(maxDuration = "2m")
  void simulate(FuzzedDataProvider data) {
    Scenario.Builder builder = Scenario.builder(MODEL);
    int periods = MODEL.term().size();
    for (int p = 0; p < periods; p++) {
      if (data.consumeBoolean()) {
        // values with up to 12 integer and 6 decimal digits, either sign, including the range's edges
        BigDecimal v = BigDecimal.valueOf(data.consumeLong(-999_999_999_999L, 999_999_999_999L), data.consumeInt(0, 6));
        builder.value(0, 0, p, v);
      }
    }
    int events = data.consumeInt(0, 4);
    for (int i = 0; i < events; i++) {
      String article = String.valueOf(data.consumeInt(0, 6));
      var ruling = data.consumeBoolean() ? null : data.pickValue(org.concord.sim.scenario.Ruling.values());
      builder.event(new org.concord.sim.scenario.ScenarioEvent.Dispute(article, data.consumeInt(0, periods - 1), ruling));
    }
    SimulationResult result = Simulator.simulate(MODEL, builder.build());
    assertThat(result).isNotNull();
    for (int p = 0; p < result.periods().size(); p++) {
      int period = p;
      BigDecimal sum = result.accounts().stream().map(a -> a.net().get(period)).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum.signum()).as("period %s conserves money", result.periods().get(p)).isZero();
    }
  }
}
