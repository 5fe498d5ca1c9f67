package org.concord.bench;

/**
 * What the machine gives on work that is parallel and nothing else: a loop of integer arithmetic
 * that allocates nothing and shares nothing, on 1 thread and then on {@code threads} threads
 * with the same total. The scenario batch cannot scale better than this; on a machine shared
 * with other work it is below the number of cores.
 */
final class CpuCeiling {
  /** Where each timed loop's result goes, so the JIT cannot drop the loop. */
  private static volatile long sink;

  private CpuCeiling() {}

  /** The speed-up of {@code threads} threads over one on {@code iterations} steps in all (a median of {@code rounds}). */
  static double speedup(int threads, long iterations, int rounds) throws InterruptedException {
    sink = spin(iterations / 20); // compiled before it is timed
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      sink = spin(iterations);
      long t1 = System.nanoTime();
      Thread[] workers = new Thread[threads];
      for (int k = 0; k < threads; k++) {
        workers[k] = new Thread(() -> sink = spin(iterations / threads));
        workers[k].start();
      }
      for (Thread w : workers) w.join();
      long t2 = System.nanoTime();
      ratios[r] = (double) (t1 - t0) / (t2 - t1);
    }
    return ParseCheckRatio.median(ratios);
  }

  /** xorshift steps: registers only. */
  private static long spin(long n) {
    long h = 1;
    for (long i = 0; i < n; i++) {
      h ^= h << 13;
      h ^= h >>> 7;
      h ^= h << 17;
      h += i;
    }
    return h;
  }
}
