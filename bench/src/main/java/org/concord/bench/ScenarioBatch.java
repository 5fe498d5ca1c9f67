package org.concord.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.model.Model;
import org.concord.sim.AccountResult;
import org.concord.sim.Plan;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;

/**
 * Monte Carlo over a compact: scenarios {@code firstSeed … firstSeed + count - 1}, each
 * generated, simulated and folded into a running summary as soon as it is done, on {@code
 * threads} threads. No result is kept, so memory does not grow with {@code count}.
 */
public final class ScenarioBatch {
  /** What a batch keeps: counts, and each account's net over the term summed over the scenarios. */
  public record Summary(long scenarios, long flows, long withErrors, BigDecimal[] net) {
    Summary plus(Summary o) {
      BigDecimal[] sum = new BigDecimal[net.length];
      for (int i = 0; i < net.length; i++) sum[i] = net[i].add(o.net[i]);
      return new Summary(scenarios + o.scenarios, flows + o.flows, withErrors + o.withErrors, sum);
    }
  }

  private ScenarioBatch() {}

  public static Summary run(Compact compact, Model model, long firstSeed, int count, int threads) {
    Plan plan = Simulator.plan(model);
    AtomicInteger next = new AtomicInteger();
    List<Summary> parts = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Thread worker = new Thread(() -> {
        long scenarios = 0;
        long flows = 0;
        long errors = 0;
        BigDecimal[] net = null;
        for (int i; (i = next.getAndIncrement()) < count; ) {
          CompactData data = CompactData.generate(compact, firstSeed + i);
          SimulationResult r = plan.simulate(data.scenario(compact, model), Simulator.Detail.LEDGER);
          if (net == null) {
            net = new BigDecimal[r.accounts().size()];
            java.util.Arrays.fill(net, BigDecimal.ZERO);
          }
          scenarios++;
          flows += r.flows().size();
          if (r.hasErrors()) errors++;
          for (AccountResult a : r.accounts()) net[a.slot()] = net[a.slot()].add(a.total());
        }
        Summary s = new Summary(scenarios, flows, errors, net == null ? new BigDecimal[0] : net);
        synchronized (parts) {
          parts.add(s);
        }
      }, "scenario-batch-" + w);
      workers.add(worker);
      worker.start();
    }
    for (Thread t : workers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    Summary total = null;
    for (Summary s : parts) {
      if (s.scenarios() == 0) continue;
      total = total == null ? s : total.plus(s);
    }
    return total == null ? new Summary(0, 0, 0, new BigDecimal[0]) : total;
  }
}
