package org.concord.sim;

import org.concord.model.Model;
import org.concord.sim.scenario.Scenario;

/**
 * The interpreter: a pure function from a checked agreement and a scenario to its ledger. No
 * clock, no I/O, no randomness; the same model and scenario give the same result, flow for flow.
 * spec/semantics.md ("Simulation") gives the order of evaluation and each provision's meaning.
 */
public final class Simulator {
  private Simulator() {}

  /**
   * Simulates every period of the term. Problems in the agreement's arithmetic or the scenario's
   * values are diagnostics in the result; a violated conservation law is a bug and throws
   * {@link ConservationError}.
   */
  public static SimulationResult simulate(Model model, Scenario scenario) {
    return new Run(model, scenario).execute();
  }
}
