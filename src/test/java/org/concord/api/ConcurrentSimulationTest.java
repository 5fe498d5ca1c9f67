package org.concord.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One loaded agreement is shared by many threads: 8 threads × 1,000 simulations each, over a
 * few scenarios, must give exactly the results a single thread gives.
 */
class ConcurrentSimulationTest {
  private static final int THREADS = 8;
  private static final int RUNS = 1_000;
  private static final String[][] QUALITY = {
    {"0.833", "0.828", "0.824"}, {"1.2", "0.9", "1.01"}, {"1", "1", "1"}, {"0", "5", "2.5"}
  };

  @Test
  void parallelSimulationsOfOneAgreementAgreeWithSequentialOnes() throws Exception {
    Agreement agreement = Concord.load(Path.of("src/test/resources/tests/xinan_tested.concord"));
    assertThat(agreement.hasErrors()).isFalse();
    List<String> expected = new ArrayList<>();
    for (String[] q : QUALITY) expected.add(simulate(agreement, q));
    assertThat(expected).doesNotHaveDuplicates();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int i = 0; i < RUNS; i++) {
            int which = (i + offset) % QUALITY.length;
            String json = simulate(agreement, QUALITY[which]);
            if (!json.equals(expected.get(which))) mismatches.add("thread " + offset + " run " + i);
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> f : futures) assertThat(f.get(2, TimeUnit.MINUTES)).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  private static String simulate(Agreement agreement, String[] quality) {
    Simulation s = agreement.simulate(b -> b.value("P", "2012", quality[0]).value("P", "2013", quality[1])
        .value("P", "2014", quality[2]));
    assertThat(s.hasErrors()).isFalse();
    return s.toJson();
  }
}
