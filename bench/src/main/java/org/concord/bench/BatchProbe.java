package org.concord.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.concord.model.Model;

/**
 * Runs one {@link ScenarioBatch} of the standard compact in a JVM of its own and prints one line
 * of {@code key=value} figures: wall time and scenarios per second; with {@code --heap}, also the
 * live heap, sampled by a full collection every second (what would grow if results were
 * kept; the sampling costs time, so throughput runs leave it off).
 *
 * <pre>java -Xmx1g -cp … org.concord.bench.BatchProbe --scenarios 10000 --threads 2 [--heap]</pre>
 */
public final class BatchProbe {
  private BatchProbe() {}

  public static void main(String[] args) throws InterruptedException {
    int scenarios = 1_000;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean heap = false;
    int warmup = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--scenarios" -> scenarios = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--heap" -> heap = true;
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("usage: BatchProbe [--scenarios N] [--threads N] [--heap] [--warmup N]");
      }
    }
    Compact compact = Compact.standard();
    Model model = ModelSource.of("equalisation_compact.concord", compact.text(), compact::handModel).model();
    // Warm up on the same thread count until the JIT is done with the batch's code, so each is
    // timed on compiled code and the JIT does not work on the spare core while one thread is
    // timed (and on a worker's core while two are). C2 keeps compiling for some 10 s of this
    // batch: a fixed 40 scenarios left most of its 12 s of compiling inside the timed run.
    int warmed = warmup;
    if (warmup >= 0) ScenarioBatch.run(compact, model, 1_000_000, warmup, threads);
    else warmed = warmUp(compact, model, threads);
    List<Long> live = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread sampler = null;
    if (heap) {
      sampler = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(1000);
            System.gc();
            live.add(heapUsed());
          }
        } catch (InterruptedException stop) {
          // done
        }
      }, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }
    long start = System.nanoTime();
    ScenarioBatch.Summary s = ScenarioBatch.run(compact, model, 1, scenarios, threads);
    long nanos = System.nanoTime() - start;
    if (sampler != null) {
      sampler.interrupt();
      sampler.join();
    }
    // The live heap after a full GC is the summary plus whatever the workers have in flight at
    // that moment: its maximum over more samples is larger by chance alone, so the steady figures
    // are the 90th percentile and the medians of the first and last tenth of the samples (a leak
    // would raise all three with the number of scenarios).
    List<Long> samples;
    synchronized (live) {
      samples = new ArrayList<>(live);
    }
    int tenth = Math.max(1, samples.size() / 10);
    System.out.printf(java.util.Locale.ROOT,
        "scenarios=%d threads=%d seconds=%.3f perSecond=%.3f flows=%d errors=%d samples=%d peakLiveMiB=%.1f"
            + " p90LiveMiB=%.1f firstTenthLiveMiB=%.1f lastTenthLiveMiB=%.1f maxHeapMiB=%.0f warmup=%d%n",
        s.scenarios(), threads, nanos / 1e9, s.scenarios() / (nanos / 1e9), s.flows(), s.withErrors(), samples.size(),
        mib(samples.isEmpty() ? -1 : java.util.Collections.max(samples)), mib(quantile(samples, 0.9)),
        mib(quantile(samples.subList(0, Math.min(tenth, samples.size())), 0.5)),
        mib(quantile(samples.subList(Math.max(0, samples.size() - tenth), samples.size()), 0.5)),
        Runtime.getRuntime().maxMemory() / 1048576.0, warmed);
  }

  /**
   * Runs rounds of 40 scenarios until one compiles for less than 1% of its wall time (at most
   * 40 rounds); returns how many scenarios that took.
   */
  private static int warmUp(Compact compact, Model model, int threads) {
    java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    int round = 40;
    int done = 0;
    for (int r = 0; r < 40; r++) {
      long compiledBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      ScenarioBatch.run(compact, model, 1_000_000L + done, round, threads);
      done += round;
      long wallMs = (System.nanoTime() - start) / 1_000_000;
      if (jit.getTotalCompilationTime() - compiledBefore < wallMs / 100) break;
    }
    return done;
  }

  private static long quantile(List<Long> xs, double q) {
    if (xs.isEmpty()) return -1;
    List<Long> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * (sorted.size() - 1) + 0.5)));
  }

  /** Mebibytes, or NaN when nothing was sampled. */
  private static double mib(long bytes) {
    return bytes < 0 ? Double.NaN : bytes / 1048576.0;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
