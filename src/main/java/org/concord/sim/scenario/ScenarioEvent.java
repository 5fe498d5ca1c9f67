package org.concord.sim.scenario;

/** Something the scenario says happens, beyond input values (spec/scenarios.md, "Events"). */
public sealed interface ScenarioEvent {
  int period();

  /** A dispute about article {@code article}'s payments of {@code period}, decided by {@code ruling}. */
  record Dispute(String article, int period, Ruling ruling) implements ScenarioEvent {}

  /** Party {@code party} (an account slot) does not perform obligation {@code obligation} in {@code period}. */
  record Default(int party, String obligation, int period) implements ScenarioEvent {}
}
