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
   * {@link ConservationError}: a negative flow as it is made, nets that do not sum to zero when
   * the result's nets are first read (they are summed from the flows then).
   */
  public static SimulationResult simulate(Model model, Scenario scenario) {
    return simulate(model, scenario, Detail.EXPLAINED);
  }

  /**
   * Simulates with the given detail: {@link Detail#LEDGER} gives the same flows, amounts, events
   * and diagnostics as {@link Detail#EXPLAINED}, but each flow's reason is empty and its uses
   * are not recorded. Writing reasons costs more than the arithmetic (bench/RESULTS.md); runs
   * whose readers look only at amounts (scenario batches, nets) need not pay for them.
   */
  public static SimulationResult simulate(Model model, Scenario scenario, Detail detail) {
    return plan(model).simulate(scenario, detail);
  }

  /**
   * Prepares {@code model} for many simulations: what depends on the agreement alone is worked
   * out once. {@code plan(m).simulate(s)} gives what {@code simulate(m, s)} gives.
   */
  public static Plan plan(Model model) {
    return new Plan(model);
  }

  /** How much a simulation writes about each flow. */
  public enum Detail {
    /** Every flow with its reason and the values it used: what reports and traces show. */
    EXPLAINED,
    /** Amounts only: reasons are empty and uses are not recorded. */
    LEDGER
  }
}
