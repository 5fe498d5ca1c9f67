package org.concord.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.check.Checker;
import org.concord.diagnostic.SourceFile;

/**
 * How checking scales with the number of files, measured side by side: parse + check of the
 * first {@code small} generated files ({@code large / small} times in a row) alternated with
 * parse + check of the first {@code large}, in one JVM, so both see the same machine. JMH runs
 * the two sizes in separate forks minutes apart, and on a shared machine the load moves between
 * them by more than the scaling we look for; its figures stay in the report for reference.
 * Prints the medians of the pairs and the median of the pairs' ratios, last as one
 * {@code key=value} line for {@link BenchMain}.
 *
 * <pre>
 * java -Xmx2g -cp TEST_CLASSPATH org.concord.bench.CheckScaling [small [large [warm-up pairs [pairs]]]]
 * </pre>
 */
public final class CheckScaling {
  private CheckScaling() {}

  public static void main(String[] args) {
    int small = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int large = args.length > 1 ? Integer.parseInt(args[1]) : GenerateAgreements.DEFAULT_FILES;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int pairs = args.length > 3 ? Integer.parseInt(args[3]) : 9;
    if (large % small != 0) throw new IllegalArgumentException("large must be a multiple of small");
    List<SourceFile> all = ParseCheckRatio.sources(large);
    List<SourceFile> first = all.subList(0, small);
    int repeats = large / small;
    double[] smallMs = new double[pairs];
    double[] largeMs = new double[pairs];
    double[] ratio = new double[pairs];
    Object sink = null;
    for (int i = -warm; i < pairs; i++) {
      long t0 = System.nanoTime();
      for (int k = 0; k < repeats; k++) sink = Checker.check(ParseCheckRatio.parseAll(first));
      long t1 = System.nanoTime();
      sink = Checker.check(ParseCheckRatio.parseAll(all));
      long t2 = System.nanoTime();
      if (i < 0) continue;
      smallMs[i] = (t1 - t0) / 1e6 / repeats;
      largeMs[i] = (t2 - t1) / 1e6;
      ratio[i] = largeMs[i] / smallMs[i];
    }
    if (sink == null) throw new AssertionError();
    System.out.printf(Locale.ROOT, "parse + check, %d pairs after %d warm-up pairs: %d files %.0f ms, %d files %.0f ms (medians)%n",
        pairs, warm, small, ParseCheckRatio.median(smallMs), large, ParseCheckRatio.median(largeMs));
    System.out.printf(Locale.ROOT, "smallMs=%.1f largeMs=%.1f ratio=%.2f min=%.2f max=%.2f%n", ParseCheckRatio.median(smallMs),
        ParseCheckRatio.median(largeMs), ParseCheckRatio.median(ratio), Arrays.stream(ratio).min().orElseThrow(),
        Arrays.stream(ratio).max().orElseThrow());
  }
}
