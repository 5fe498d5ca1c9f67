package org.concord.api;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;

/**
 * A loaded and checked agreement: its source, every diagnostic (syntax and checking), and —
 * when it has no errors — the model the simulator runs. Immutable and safe to share between
 * threads: simulate it from as many as you like.
 */
public final class Agreement {
  private final SourceFile source;
  private final List<Diagnostic> diagnostics;
  private final Model model;

  Agreement(SourceFile source, List<Diagnostic> diagnostics, Model model) {
    this.source = source;
    this.diagnostics = List.copyOf(diagnostics);
    this.model = model;
  }

  /** The text the agreement was read from, and the path diagnostics cite. */
  public SourceFile source() {
    return source;
  }

  /** Every finding, in file, line, column order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * A scenario to fill in by the agreement's names, then pass to {@link #simulate(java.util.function.Consumer)}.
   *
   * @throws IllegalStateException when the agreement has errors
   */
  public Simulation simulate(java.util.function.Consumer<ScenarioBuilder> scenario) {
    Model m = requireModel();
    ScenarioBuilder builder = new ScenarioBuilder(m);
    scenario.accept(builder);
    var result = org.concord.sim.Simulator.simulate(m, builder.build());
    return new Simulation(result, result.diagnostics());
  }

  /** Simulates under a scenario file (JSON, YAML or CSV); problems in it are diagnostics of the result. */
  public Simulation simulate(java.nio.file.Path scenarioFile) {
    Model m = requireModel();
    var read = org.concord.sim.scenario.ScenarioReader.read(scenarioFile, m);
    if (read.hasErrors()) return new Simulation(null, read.diagnostics());
    var result = org.concord.sim.Simulator.simulate(m, read.scenario());
    java.util.List<Diagnostic> all = new java.util.ArrayList<>(read.diagnostics());
    all.addAll(result.diagnostics());
    return new Simulation(result, all);
  }

  private Model requireModel() {
    if (model == null) throw new IllegalStateException("the agreement has errors: " + diagnostics);
    return model;
  }

  /** The checked model; only present when there are no errors. */
  public java.util.Optional<Model> model() {
    return java.util.Optional.ofNullable(model);
  }
}
