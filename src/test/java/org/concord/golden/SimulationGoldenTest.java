package org.concord.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.concord.api.CheckReport;
import org.concord.api.SourceLoader;
import org.concord.api.Workspace;
import org.concord.model.Model;
import org.concord.report.SimulationJson;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.sim.scenario.ScenarioReader;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden simulations: every agreement in src/test/resources/sim and in examples/ that has a
 * scenario beside it (`NAME.scenario.json|yaml|yml|csv`) is simulated, and its JSON compared
 * byte for byte with src/test/resources/golden/NAME.json. Regenerate after a reviewed change
 * with `./mvnw verify -Dconcord.updateGolden=true` and read the diff.
 */
class SimulationGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("concord.updateGolden");

  static Stream<Path> agreements() throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources/sim"), Path.of("examples"))) {
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.getFileName().toString().endsWith(".concord")).sorted().forEach(all::add);
      }
    }
    return all.stream();
  }

  static Path scenarioBeside(Path agreement) {
    String stem = agreement.getFileName().toString().replaceFirst("\\.concord$", "");
    for (String ext : List.of(".json", ".yaml", ".yml", ".csv")) {
      Path p = agreement.resolveSibling(stem + ".scenario" + ext);
      if (Files.isRegularFile(p)) return p;
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void simulationMatchesItsGolden(Path agreement) throws IOException {
    Path scenarioFile = scenarioBeside(agreement);
    Assumptions.assumeTrue(scenarioFile != null, "no scenario beside " + agreement + "; add NAME.scenario.json to simulate it");
    CheckReport report = Workspace.check(List.of(agreement), ParseLimits.DEFAULT);
    List<String> errors = report.diagnostics().stream().filter(d -> d.isError()).map(d -> d.span() + " " + d.message()).toList();
    // An example that does not check is ExamplesTest's failure to report, not a golden's.
    Assumptions.assumeTrue(!agreement.startsWith("examples") || errors.isEmpty(), agreement + " does not check: " + errors);
    assertThat(errors).isEmpty();
    Model model = Workspace.models(List.of(agreement), List.of(), ParseLimits.DEFAULT).get(SourceLoader.display(agreement));
    ScenarioReader.Result scenario = ScenarioReader.read(scenarioFile, model);
    assertThat(scenario.diagnostics()).isEmpty();
    SimulationResult result = Simulator.simulate(model, scenario.scenario());
    assertThat(result.diagnostics().stream().filter(d -> d.isError()).map(d -> d.span() + " " + d.message())).isEmpty();
    String json = SimulationJson.write(result);

    Path golden = GOLDEN.resolve(agreement.getFileName().toString().replaceFirst("\\.concord$", ".json"));
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, json, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file; create it with -Dconcord.updateGolden=true").exists();
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
