package org.concord.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import org.concord.model.Model;

/**
 * Runs one {@link ScenarioBatch} of the standard compact in a JVM of its own and prints one line
 * of {@code key=value} figures: wall time and scenarios per second; with {@code --heap}, also the
 * peak live heap, sampled by a full collection every half second (what would grow if results
 * were kept; the sampling costs time, so throughput runs leave it off).
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
    // a warm-up of the same size for every thread count, so each is timed on compiled code and
    // the JIT does not work on the spare core while one thread is timed
    ScenarioBatch.run(compact, model, 1_000_000, warmup >= 0 ? warmup : 40, threads);
    AtomicLong peakLive = new AtomicLong();
    Thread sampler = null;
    if (heap) {
      sampler = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(500);
            System.gc();
            peakLive.accumulateAndGet(heapUsed(), Math::max);
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
    System.out.printf(java.util.Locale.ROOT,
        "scenarios=%d threads=%d seconds=%.3f perSecond=%.3f flows=%d errors=%d peakLiveMiB=%.1f maxHeapMiB=%.0f%n",
        s.scenarios(), threads, nanos / 1e9, s.scenarios() / (nanos / 1e9), s.flows(), s.withErrors(),
        heap ? peakLive.get() / 1048576.0 : Double.NaN, Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
