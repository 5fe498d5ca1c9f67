package org.concord.api;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.report.SimulationJson;
import org.concord.sim.SimulationResult;

/**
 * The outcome of simulating an agreement under a scenario: the ledger as immutable values
 * ({@link #result()}), and the same JSON `concord simulate --format json` prints.
 */
public final class Simulation {
  private final SimulationResult result;
  private final List<Diagnostic> diagnostics;

  Simulation(SimulationResult result, List<Diagnostic> diagnostics) {
    this.result = result;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The ledger, nets and balances by period, and events; null when the scenario could not be read. */
  public SimulationResult result() {
    return result;
  }

  /** Problems with the scenario or the arithmetic (division by zero, overflow, missing values). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The result as the JSON the CLI prints (spec/simulation.schema.json), byte for byte. */
  public String toJson() {
    if (result == null) throw new IllegalStateException("no result: " + diagnostics);
    return SimulationJson.write(result);
  }
}
