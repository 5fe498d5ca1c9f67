package org.concord.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link SimulationBench}'s interpreter and hand-written baseline for one agreement, alternated in
 * one JVM: a window of interpreter runs, then a window of as many baseline runs, and so on, so
 * each pair of windows sees the same machine. JMH runs the two in separate forks minutes apart,
 * and on a shared machine the load changes between them by more than the ratio we look for (the
 * same reason {@link CheckScaling} exists); its figures stay in the report for reference. Prints
 * the median time per run of each side and the median of the pairs' ratios, last as one {@code
 * key=value} line for {@link BenchMain}.
 *
 * <pre>
 * java -Xmx2g -cp TEST_CLASSPATH org.concord.bench.SimulationRatio xinan|compact [warm-up s [pairs [window ms]]]
 * </pre>
 */
public final class SimulationRatio {
  private SimulationRatio() {}

  public static void main(String[] args) {
    String which = args.length > 0 ? args[0] : "xinan";
    double warmSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 101;
    double windowMs = args.length > 3 ? Double.parseDouble(args[3]) : 100;
    SimulationBench bench = new SimulationBench();
    bench.prepare();
    Supplier<Object> interpreter = switch (which) {
      case "xinan" -> bench::xinanInterpreter;
      case "compact" -> bench::compactInterpreter;
      default -> throw new IllegalArgumentException("xinan or compact: " + which);
    };
    Supplier<Object> baseline = which.equals("xinan") ? bench::xinanBaseline : bench::compactBaseline;
    // the sink JMH uses, so neither side's result can be optimised away
    Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    // warm both sides up in the same alternation, then size the windows to about windowMs of the interpreter,
    long until = System.nanoTime() + (long) (warmSeconds * 1e9);
    while (System.nanoTime() < until) {
      run(interpreter, 1, sink);
      run(baseline, 1, sink);
    }
    // counted over a fifth of a window, not from one run, which a pause of the machine can make long
    until = System.nanoTime() + (long) (windowMs * 1e6 / 5);
    int counted = 0;
    do {
      run(interpreter, 1, sink);
      counted++;
    } while (System.nanoTime() < until);
    int runs = 5 * counted;

    double[] interp = new double[pairs];
    double[] base = new double[pairs];
    double[] ratio = new double[pairs];
    for (int i = 0; i < pairs; i++) {
      interp[i] = run(interpreter, runs, sink) / 1e3 / runs;
      base[i] = run(baseline, runs, sink) / 1e3 / runs;
      ratio[i] = interp[i] / base[i];
    }
    System.out.printf(Locale.ROOT, "%s: %d pairs of windows of %d runs each, after %.0f s of warm-up; medians per run: "
        + "interpreter %.2f µs, baseline %.2f µs%n", which, pairs, runs, warmSeconds, ParseCheckRatio.median(interp), ParseCheckRatio.median(base));
    System.out.printf(Locale.ROOT, "interpUs=%.3f baselineUs=%.3f ratio=%.2f min=%.2f max=%.2f runs=%d%n", ParseCheckRatio.median(interp),
        ParseCheckRatio.median(base), ParseCheckRatio.median(ratio), Arrays.stream(ratio).min().orElseThrow(), Arrays.stream(ratio).max().orElseThrow(), runs);
  }

  /** Nanoseconds for {@code runs} calls of {@code op}. */
  private static long run(Supplier<Object> op, int runs, Blackhole sink) {
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) sink.consume(op.get());
    return System.nanoTime() - t0;
  }
}
