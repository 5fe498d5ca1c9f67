package org.concord.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * {@link ParseCheckBench}'s two operations, parse and parse + check, alternated in one JVM, so
 * the ratio is measured side by side: JMH runs each benchmark in its own fork minutes apart, and
 * on a loaded machine the load changes in between (parsing, which hands each file to a parse
 * worker thread, is the most sensitive to it). Prints the medians of wall time and of process CPU time (all
 * threads, GC included), and the median of the pairs' ratios, last as one {@code key=value} line
 * for {@link BenchMain}.
 *
 * <pre>
 * java -Xmx2g -cp TEST_CLASSPATH org.concord.bench.ParseCheckRatio [files [warm-up pairs [pairs]]]
 * </pre>
 */
public final class ParseCheckRatio {
  private ParseCheckRatio() {}

  public static void main(String[] args) {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : GenerateAgreements.DEFAULT_FILES;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
    List<SourceFile> sources = sources(files);
    CheckResult first = Checker.check(parseAll(sources));
    if (!first.diagnostics().isEmpty()) {
      System.err.println("warning: the set does not check clean: " + first.diagnostics().size() + " diagnostics");
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] parseWall = new double[pairs];
    double[] parseCpu = new double[pairs];
    double[] bothWall = new double[pairs];
    double[] bothCpu = new double[pairs];
    double[] wallRatio = new double[pairs];
    double[] cpuRatio = new double[pairs];
    Object sink = null;
    for (int i = -warm; i < pairs; i++) {
      long w0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      sink = parseAll(sources);
      long w1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      sink = Checker.check(parseAll(sources));
      long w2 = System.nanoTime();
      long c2 = os.getProcessCpuTime();
      if (i < 0) continue;
      parseWall[i] = (w1 - w0) / 1e6;
      parseCpu[i] = (c1 - c0) / 1e6;
      bothWall[i] = (w2 - w1) / 1e6;
      bothCpu[i] = (c2 - c1) / 1e6;
      wallRatio[i] = bothWall[i] / parseWall[i];
      cpuRatio[i] = bothCpu[i] / parseCpu[i];
    }
    if (sink == null) throw new AssertionError();
    System.out.printf(Locale.ROOT, "%d files, %d pairs (after %d warm-up pairs); medians:%n", files, pairs, warm);
    System.out.printf(Locale.ROOT, "  parse         wall %8.0f ms   cpu %8.0f ms%n", median(parseWall), median(parseCpu));
    System.out.printf(Locale.ROOT, "  parse + check wall %8.0f ms   cpu %8.0f ms%n", median(bothWall), median(bothCpu));
    System.out.printf(Locale.ROOT, "  ratio         wall %8.2f×     cpu %8.2f×   (median of the pairs' ratios)%n",
        median(wallRatio), median(cpuRatio));
    System.out.printf(Locale.ROOT, "parseMs=%.1f checkMs=%.1f ratio=%.2f min=%.2f max=%.2f cpuRatio=%.2f%n", median(parseWall),
        median(bothWall), median(wallRatio), Arrays.stream(wallRatio).min().orElseThrow(),
        Arrays.stream(wallRatio).max().orElseThrow(), median(cpuRatio));
  }

  /** The first {@code files} agreements of the generated set, as {@link ParseCheckBench} reads them. */
  static List<SourceFile> sources(int files) {
    List<SourceFile> sources = new ArrayList<>();
    for (GenerateAgreements.Source s : GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, files)) {
      sources.add(new SourceFile(s.name(), s.text()));
    }
    return sources;
  }

  /** Parses every file, as {@link ParseCheckBench#parse} does. */
  static List<CheckUnit> parseAll(List<SourceFile> sources) {
    List<CheckUnit> units = new ArrayList<>(sources.size());
    for (SourceFile source : sources) {
      ParseResult parsed = SourceParser.parse(source);
      if (!parsed.hasErrors() && parsed.agreement() != null) units.add(new CheckUnit(parsed.agreement(), List.of()));
    }
    return units;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
