package org.concord.bench;

import java.util.concurrent.TimeUnit;
import org.concord.model.Model;
import org.concord.sim.Plan;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.sim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The interpreter against the hand-written baseline on the same inputs: (a) the Xin'an
 * River-style compact (3 parties, 30 years, scenario seed 1), (b) the 333-party, 30-year
 * equalisation compact (seed 42, scenario seed 1). Inputs are built in setup; one operation is
 * one simulation of the whole term, ledger included.
 *
 * <p>{@code xinanInterpreter} and {@code compactInterpreter} compute what the baselines compute:
 * the ledger, without reasons ({@link Simulator.Detail#LEDGER}), from a {@link Plan} prepared once
 * per agreement (as the baseline is compiled once). The {@code …Explained} variants are what
 * {@code concord simulate} does: the plan prepared in the operation, and every flow's reason and
 * uses written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimulationBench {
  private Model xinanModel;
  private Plan xinanPlan;
  private Plan compactPlan;
  private Scenario xinanScenario;
  private Xinan.Data xinanData;
  private Model compactModel;
  private Scenario compactScenario;
  private CompactData compactData;
  private CompactBaseline compactBaseline;

  @Setup
  public void prepare() {
    xinanModel = ModelSource.of(Xinan.FILE, Xinan.text(), Xinan::handModel).model();
    xinanData = Xinan.Data.generate(1);
    xinanScenario = xinanData.scenario(xinanModel);
    xinanPlan = Simulator.plan(xinanModel);
    Compact compact = Compact.standard();
    compactModel = ModelSource.of("equalisation_compact.concord", compact.text(), compact::handModel).model();
    compactData = CompactData.generate(compact, 1);
    compactScenario = compactData.scenario(compact, compactModel);
    compactBaseline = new CompactBaseline(compact);
    compactPlan = Simulator.plan(compactModel);
  }

  @Benchmark
  public SimulationResult xinanInterpreter() {
    return xinanPlan.simulate(xinanScenario, Simulator.Detail.LEDGER);
  }

  @Benchmark
  public SimulationResult xinanInterpreterExplained() {
    return Simulator.simulate(xinanModel, xinanScenario);
  }

  @Benchmark
  public BaselineLedger xinanBaseline() {
    return XinanBaseline.run(xinanData);
  }

  @Benchmark
  public SimulationResult compactInterpreter() {
    return compactPlan.simulate(compactScenario, Simulator.Detail.LEDGER);
  }

  @Benchmark
  public SimulationResult compactInterpreterExplained() {
    return Simulator.simulate(compactModel, compactScenario);
  }

  @Benchmark
  public BaselineLedger compactBaseline() {
    return compactBaseline.run(compactData);
  }
}
