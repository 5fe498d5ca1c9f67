package org.concord.bench;

import static org.concord.bench.ParseCheckRatio.median;
import static org.concord.bench.ParseCheckRatio.parseAll;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.SourceFile;

/**
 * What parsing the generated set costs in memory, to find why {@link ParseCheckBench} does not
 * scale linearly: the heap still reachable from the parse results (retained bytes per file), the
 * bytes allocated per file (all threads: each file is parsed on a thread of its own), the time
 * and GC time of parse and of parse + check, and optionally the heap's class histogram while the
 * results are held.
 *
 * <pre>
 * java -Xmx2g -cp TEST_CLASSPATH org.concord.bench.ParseProbe [files [rounds [histogram lines]]]
 * </pre>
 */
public final class ParseProbe {
  private ParseProbe() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : GenerateAgreements.DEFAULT_FILES;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int histogram = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    List<SourceFile> sources = ParseCheckRatio.sources(files);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    long before = usedAfterGc();
    long a0 = threads.getTotalThreadAllocatedBytes();
    List<CheckUnit> held = parseAll(sources);
    long a1 = threads.getTotalThreadAllocatedBytes();
    long after = usedAfterGc();
    System.out.printf(Locale.ROOT, "%d files: retained %,d bytes per file; allocated %,d bytes per file (first round)%n",
        files, (after - before) / files, (a1 - a0) / files);
    if (histogram > 0) {
      String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      text.lines().limit(histogram + 3L).forEach(System.out::println);
    }
    if (held.size() != files) throw new AssertionError();
    held = null;

    double[] parse = new double[rounds];
    double[] both = new double[rounds];
    double[] parseCpu = new double[rounds];
    double[] bothCpu = new double[rounds];
    double[] parseGc = new double[rounds];
    double[] bothGc = new double[rounds];
    long alloc = 0;
    for (int i = -3; i < rounds; i++) {
      usedAfterGc();
      long g0 = gcMillis();
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      long b0 = threads.getTotalThreadAllocatedBytes();
      Object sink = parseAll(sources);
      long b1 = threads.getTotalThreadAllocatedBytes();
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      long g1 = gcMillis();
      sink = null;
      usedAfterGc();
      long g2 = gcMillis();
      long c2 = os.getProcessCpuTime();
      long t2 = System.nanoTime();
      sink = Checker.check(parseAll(sources));
      long t3 = System.nanoTime();
      long c3 = os.getProcessCpuTime();
      long g3 = gcMillis();
      if (sink == null || i < 0) continue;
      alloc += b1 - b0;
      parse[i] = (t1 - t0) / 1e6;
      both[i] = (t3 - t2) / 1e6;
      parseCpu[i] = (c1 - c0) / 1e6;
      bothCpu[i] = (c3 - c2) / 1e6;
      parseGc[i] = g1 - g0;
      bothGc[i] = g3 - g2;
    }
    System.out.printf(Locale.ROOT, "  allocated %,d bytes per file (mean of %d rounds)%n", alloc / rounds / files, rounds);
    System.out.printf(Locale.ROOT, "  parse         median wall %6.0f ms  cpu %6.0f ms  (gc %4.0f ms)%n",
        median(parse), median(parseCpu), median(parseGc));
    System.out.printf(Locale.ROOT, "  parse + check median wall %6.0f ms  cpu %6.0f ms  (gc %4.0f ms)%n",
        median(both), median(bothCpu), median(bothGc));
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
    return sum;
  }
}
