package org.concord.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark side by side and writes {@code results.md} (the body of bench/RESULTS.md):
 * JMH for parsing, checking and simulation against the baselines; forked JVMs that alternate the
 * two sides of each ratio target in one JVM (parse + check against parse, each interpreter against
 * its baseline, 2,000 files against 200), for the scenario batch (1 thread vs all cores, and heap
 * with 10× more scenarios); spawned processes for cold start. Medians throughout; every ratio is
 * against a figure from the same run. JMH runs each benchmark in a fork of its own, minutes from
 * the one it is compared with: its ratios are listed for reference, the alternated ones decide.
 *
 * <p>Run by {@code ./mvnw -B -ntp -Pbench -DskipTests verify} (add {@code -Dbench.smoke=true}
 * for the one-iteration CI run, {@code scripts/bench-smoke}).
 *
 * <p>Arguments: {@code --smoke=BOOL --jar=PATH --out=DIR [--scenarios=N] [--cold-runs=N]
 * [--parts=jmh,alternated,scaling,batch,cold]}.
 */
public final class BenchMain {
  private final boolean smoke;
  private final Path jar;
  private final Path out;
  private final int scenarios;
  private final int coldRuns;
  private final List<String> parts;
  private final StringBuilder md = new StringBuilder();
  private final Map<String, String> targets = new LinkedHashMap<>();

  private BenchMain(Map<String, String> a) {
    smoke = Boolean.parseBoolean(a.getOrDefault("smoke", "false"));
    jar = Path.of(a.getOrDefault("jar", "target/concord.jar")).toAbsolutePath();
    out = Path.of(a.getOrDefault("out", "target/bench")).toAbsolutePath();
    scenarios = Integer.parseInt(a.getOrDefault("scenarios", smoke ? "2" : "10000"));
    coldRuns = Integer.parseInt(a.getOrDefault("cold-runs", smoke ? "1" : "11"));
    parts = List.of(a.getOrDefault("parts", "jmh,alternated,scaling,batch,cold").split(","));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) throw new IllegalArgumentException("expected --key=value: " + arg);
      a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    new BenchMain(a).run();
  }

  private void run() throws Exception {
    Files.createDirectories(out);
    Instant started = Instant.now();
    String loadBefore = load();
    md.append("Run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append(smoke ? " (SMOKE: one short iteration, figures meaningless)" : "")
        .append(".\n\n");
    md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (`nproc`), ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", Java ")
        .append(System.getProperty("java.vm.version")).append(" (").append(System.getProperty("java.vm.name")).append(", ")
        .append(System.getProperty("java.vendor")).append("); load average at start ").append(loadBefore).append(".\n\n");
    Compact compact = Compact.standard();
    ModelSource source = ModelSource.of("equalisation_compact.concord", compact.text(), compact::handModel);
    md.append("Simulated models: ").append(source.origin()).append(".\n\n");

    Map<String, Double> jmh = parts.contains("jmh") ? jmh() : Map.of();
    if (parts.contains("alternated")) {
      parseAndCheck();
      simulation("xinan", "(a) Xin'an River-style", smoke ? List.of("0.2", "3", "5") : List.of("10", "101", "100"));
      simulation("compact", "(b) 333-party compact", smoke ? List.of("0.2", "1", "1") : List.of("10", "31", "300"));
    }
    if (parts.contains("scaling")) scaling(jmh);
    if (parts.contains("batch")) batch();
    if (parts.contains("cold")) coldStart();

    md.append("\n## Targets\n\n| target | measured | met |\n| --- | --- | --- |\n");
    // the targets first, then the figures listed for reference
    for (boolean reference : new boolean[] {false, true}) {
      targets.forEach((k, v) -> {
        if (k.startsWith("(for reference)") == reference) md.append("| ").append(k).append(" | ").append(v).append(" |\n");
      });
    }
    md.append("\nLoad average at the end: ").append(load()).append("; the run took ")
        .append(Duration.minutes(started)).append(".\n");
    Path file = out.resolve("results.md");
    Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    System.out.println("\n" + md);
    System.out.println("written to " + file);
  }

  // ------------------------------------------------------------------ JMH

  private Map<String, Double> jmh() throws RunnerException {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include(ParseCheckBench.class.getName())
        .include(SimulationBench.class.getName())
        .forks(1)
        .shouldFailOnError(true)
        .jvmArgsAppend(jvmArgs("-Xmx2g").toArray(String[]::new));
    if (smoke) {
      o.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
          .param("files", "200");
    } else {
      o.warmupIterations(3).warmupTime(TimeValue.seconds(3))
          .measurementIterations(5).measurementTime(TimeValue.seconds(3));
    }
    Collection<RunResult> results = new Runner(o.build()).run();
    Map<String, Double> ms = new LinkedHashMap<>();
    md.append("## JMH (1 fork; medians of the measurement iterations)\n\n| benchmark | median | unit |\n| --- | --- | --- |\n");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replace("org.concord.bench.", "");
      String files = r.getParams().getParam("files");
      if (files != null) name += " (" + files + " files)";
      List<Double> scores = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) scores.add(i.getPrimaryResult().getScore());
      }
      double median = median(scores);
      String unit = r.getPrimaryResult().getScoreUnit();
      md.append("| ").append(name).append(" | ").append(fmt(median)).append(" | ").append(unit).append(" |\n");
      ms.put(name, unit.startsWith("us") ? median / 1000 : median);
    }
    md.append('\n');
    String set = smoke ? "200" : "2000";
    Double parse = ms.get("ParseCheckBench.parse (" + set + " files)");
    Double check = ms.get("ParseCheckBench.parseAndCheck (" + set + " files)");
    long lines = GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, Integer.parseInt(set)).stream()
        .mapToLong(GenerateAgreements.Source::lines).sum();
    if (parse != null && check != null) {
      md.append("Parsing: ").append(lines).append(" lines in ").append(set).append(" files, ")
          .append(String.format(Locale.ROOT, "%,.0f", lines / (parse / 1000))).append(" lines/s parsed, ")
          .append(String.format(Locale.ROOT, "%,.0f", lines / (check / 1000))).append(" lines/s parsed and checked.\n\n");
      reference("parse + check against parse alone (" + set + " files), JMH's separate forks", check / parse);
    }
    ratioOf(ms, "interpreter against baseline, (a), JMH's separate forks", "xinan", "");
    ratioOf(ms, "interpreter against baseline, (b), JMH's separate forks", "compact", "");
    ratioOf(ms, "interpreter with reasons vs baseline, (a)", "xinan", "Explained");
    ratioOf(ms, "interpreter with reasons vs baseline, (b)", "compact", "Explained");
    return ms;
  }

  private void ratioOf(Map<String, Double> ms, String what, String which, String variant) {
    Double interp = ms.get("SimulationBench." + which + "Interpreter" + variant);
    Double base = ms.get("SimulationBench." + which + "Baseline");
    if (interp != null && base != null) reference(what, interp / base);
  }

  private void reference(String what, double measured) {
    targets.put("(for reference) " + what, String.format(Locale.ROOT, "%.2f×", measured) + " | –");
  }

  private void ratio(String target, double measured, double limit) {
    targets.put(target, String.format(Locale.ROOT, "%.2f×", measured) + " | " + (measured <= limit ? "yes" : "**no**"));
  }

  private List<String> jvmArgs(String... more) {
    List<String> args = new ArrayList<>();
    if (Runtime.version().feature() >= 24) args.add("--sun-misc-unsafe-memory-access=allow");
    args.addAll(List.of(more));
    return args;
  }


  // ------------------------------------------------------------------ scenario batch

  private void batch() throws IOException, InterruptedException {
    int cores = Runtime.getRuntime().availableProcessors();
    int small = Math.max(1, scenarios / 10);
    md.append("## Scenario batch (333-party compact, one JVM per line, -Xmx1g, each timed after warming up until the JIT is idle)\n\n");
    md.append("| scenarios | threads | wall s | scenarios/s | live heap MiB: max | 90th percentile | first tenth | last tenth | warm-up scenarios |\n"
        + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    Map<String, String> one = probe(scenarios, 1, false);
    Map<String, String> all = probe(scenarios, cores, false);
    Map<String, String> heapSmall = probe(small, cores, true);
    Map<String, String> heapLarge = probe(scenarios, cores, true);
    for (Map<String, String> r : List.of(one, all, heapSmall, heapLarge)) {
      md.append("| ").append(r.get("scenarios")).append(" | ").append(r.get("threads")).append(" | ")
          .append(r.get("seconds")).append(" | ").append(r.get("perSecond")).append(" | ").append(r.get("peakLiveMiB"))
          .append(" | ").append(r.get("p90LiveMiB")).append(" | ").append(r.get("firstTenthLiveMiB")).append(" | ")
          .append(r.get("lastTenthLiveMiB")).append(" | ").append(r.get("warmup")).append(" |\n");
    }
    md.append("\nThe heap lines sample the live heap with a full GC every second (which slows them); the first two lines do not sample.\n\n");
    double speedup = Double.parseDouble(all.get("perSecond")) / Double.parseDouble(one.get("perSecond"));
    ratioAtLeast("batch of " + scenarios + " scenarios ≥ 1.8× faster on " + cores + " cores than on 1", speedup, 1.8);
    // what the machine gives on purely parallel work, measured right after the batch
    double ceiling = CpuCeiling.speedup(cores, smoke ? 10_000_000L : 2_000_000_000L, smoke ? 1 : 3);
    reference("the machine's own speed-up on " + cores + " cores, a loop that allocates and shares nothing", ceiling);
    // The maximum of the samples grows with their number by chance (in-flight work at the moment of
    // each sample); the 90th percentile and the first and last tenth of the long run show a trend.
    double growth = Double.parseDouble(heapLarge.get("p90LiveMiB")) / Double.parseDouble(heapSmall.get("p90LiveMiB"));
    double trend = Double.parseDouble(heapLarge.get("lastTenthLiveMiB")) / Double.parseDouble(heapLarge.get("firstTenthLiveMiB"));
    targets.put("live heap does not grow with scenarios: 90th percentile " + small + " → " + scenarios
        + " scenarios; median of the last tenth of the long run against its first tenth",
        String.format(Locale.ROOT, "%s → %s MiB (%.2f×); %s → %s MiB (%.2f×); max %s → %s MiB", heapSmall.get("p90LiveMiB"),
            heapLarge.get("p90LiveMiB"), growth, heapLarge.get("firstTenthLiveMiB"), heapLarge.get("lastTenthLiveMiB"), trend,
            heapSmall.get("peakLiveMiB"), heapLarge.get("peakLiveMiB"))
            + " | " + (growth <= 1.25 && trend <= 1.25 ? "yes" : "**no**"));
  }

  private void ratioAtLeast(String target, double measured, double limit) {
    targets.put(target, String.format(Locale.ROOT, "%.2f×", measured) + " | " + (measured >= limit ? "yes" : "**no**"));
  }

  private Map<String, String> probe(int count, int threads, boolean heap) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--scenarios", String.valueOf(count), "--threads", String.valueOf(threads)));
    if (heap) args.add("--heap");
    if (smoke) args.addAll(List.of("--warmup", "0"));
    return fork("batch", "-Xmx1g", BatchProbe.class, args, "scenarios=");
  }

  /**
   * Runs {@code main} in a JVM of its own (this run's class path, the heap given) and returns the
   * last line of its output that starts with {@code result}, read as space-separated key=value
   * pairs; echoes the output with {@code tag}.
   */
  private Map<String, String> fork(String tag, String heap, Class<?> main, List<String> args, String result)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs(heap, "-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String last = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        System.out.println("[" + tag + "] " + line);
        if (line.startsWith(result)) last = line;
      }
    }
    if (p.waitFor() != 0 || last == null) throw new IllegalStateException(tag + " probe failed: " + cmd);
    Map<String, String> m = new LinkedHashMap<>();
    for (String kv : last.split(" ")) m.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    return m;
  }

  // ------------------------------------------------------------------ alternated in one JVM

  /** Parse + check against parse alone, alternated in one JVM ({@link ParseCheckRatio}): the figure for the target. */
  private void parseAndCheck() throws IOException, InterruptedException {
    List<String> args = smoke ? List.of("20", "0", "1") : List.of(String.valueOf(GenerateAgreements.DEFAULT_FILES), "3", "11");
    Map<String, String> r = fork("parse+check", "-Xmx2g", ParseCheckRatio.class, args, "parseMs=");
    md.append("## Parse + check against parse alone (").append(args.get(0))
        .append(" files, alternated in one JVM, -Xmx2g; median of ").append(args.get(2)).append(" pairs)\n\n")
        .append("| operation | median ms |\n| --- | --- |\n")
        .append("| parse | ").append(fmt(Double.parseDouble(r.get("parseMs")))).append(" |\n")
        .append("| parse + check | ").append(fmt(Double.parseDouble(r.get("checkMs")))).append(" |\n\n")
        .append(pairRatios(r)).append(" (process CPU time: median ").append(r.get("cpuRatio")).append("×).\n\n");
    ratio("parse + check ≤ 1.5× parse alone (" + args.get(0) + " files, alternated)", Double.parseDouble(r.get("ratio")), 1.5);
  }

  /** An interpreter against its baseline, alternated in one JVM ({@link SimulationRatio}): the figure for the target. */
  private void simulation(String which, String title, List<String> settings) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(which));
    args.addAll(settings);
    Map<String, String> r = fork(which, "-Xmx2g", SimulationRatio.class, args, "interpUs=");
    md.append("## ").append(title).append(": interpreter against baseline (alternated in one JVM, -Xmx2g; ")
        .append(settings.get(0)).append(" s of warm-up, median of ").append(settings.get(1)).append(" pairs of windows of ")
        .append(r.get("runs")).append(" runs)\n\n| side | median µs per run |\n| --- | --- |\n")
        .append("| interpreter | ").append(fmt(Double.parseDouble(r.get("interpUs")))).append(" |\n")
        .append("| baseline | ").append(fmt(Double.parseDouble(r.get("baselineUs")))).append(" |\n\n")
        .append(pairRatios(r)).append(".\n\n");
    ratio("interpreter ≤ 2× baseline, " + title + " (alternated)", Double.parseDouble(r.get("ratio")), 2);
  }

  /** What an alternating probe's {@code ratio}, {@code min} and {@code max} say of its pairs, as a sentence without its stop. */
  private static String pairRatios(Map<String, String> r) {
    return "Ratio of each pair: median " + r.get("ratio") + "×, least " + r.get("min") + "×, most " + r.get("max") + "×";
  }

  // ------------------------------------------------------------------ scaling of checking

  /**
   * 2,000 files against 200, side by side in one JVM ({@link CheckScaling}), with JMH's heap: the
   * figure for the target. JMH's two forks give the same ratio with the machine's drift between
   * them added; it is listed for reference.
   */
  private void scaling(Map<String, Double> jmh) throws IOException, InterruptedException {
    List<String> args = smoke ? List.of("2", "20", "0", "1") : List.of("200", "2000", "3", "9");
    Map<String, String> r = fork("scaling", "-Xmx2g", CheckScaling.class, args, "smallMs=");
    md.append("## Scaling of checking (parse + check, ").append(args.get(1)).append(" files against ").append(args.get(0))
        .append(" × ").append(Integer.parseInt(args.get(1)) / Integer.parseInt(args.get(0)))
        .append(", alternated in one JVM, -Xmx2g; median of ").append(args.get(3)).append(" pairs)\n\n")
        .append("| files | median ms |\n| --- | --- |\n")
        .append("| ").append(args.get(0)).append(" | ").append(fmt(Double.parseDouble(r.get("smallMs")))).append(" |\n")
        .append("| ").append(args.get(1)).append(" | ").append(fmt(Double.parseDouble(r.get("largeMs")))).append(" |\n\n")
        .append(pairRatios(r)).append(".\n\n");
    if (smoke) {
      targets.put("checking 2,000 files ≤ 11× checking 200", "not measured in smoke mode | –");
      return;
    }
    ratio("checking 2,000 files ≤ 11× checking 200 (side by side)", Double.parseDouble(r.get("ratio")), 11);
    Double check200 = jmh.get("ParseCheckBench.parseAndCheck (200 files)");
    Double check2000 = jmh.get("ParseCheckBench.parseAndCheck (2000 files)");
    if (check200 != null && check2000 != null) {
      reference("checking 2,000 files against 200, JMH's separate forks", check2000 / check200);
    }
  }

  // ------------------------------------------------------------------ cold start

  private void coldStart() throws Exception {
    if (!Files.isRegularFile(jar)) {
      md.append("## Cold start\n\nNot measured: ").append(jar).append(" is missing (run `package` first).\n\n");
      targets.put("cold `concord check` ≤ 3× trivial main", "not measured | –");
      return;
    }
    Path agreement = out.resolve(Xinan.FILE);
    Files.writeString(agreement, Xinan.text(), StandardCharsets.UTF_8);
    Path classes = Path.of(TrivialMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ColdStart cold = new ColdStart(jar, classes, out);
    Map<String, Double> medians = cold.measure(cold.commands(agreement), coldRuns);
    md.append("## Cold start (wall time from spawn to exit, median of ").append(coldRuns)
        .append(" runs, round-robin; JVM flags of ./concord: ").append(String.join(" ", ColdStart.LAUNCHER_FLAGS))
        .append(")\n\n| command | median ms |\n| --- | --- |\n");
    medians.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(fmt(v)).append(" |\n"));
    md.append('\n');
    List<Double> v = new ArrayList<>(medians.values());
    double trivial = medians.get(ColdStart.TRIVIAL);
    ratio("cold `concord check` of one file ≤ 3× trivial main (same flags)", medians.get(ColdStart.CHECK) / trivial, 3);
    ratio("cold `concord check` with AppCDS (./concord on JDK 19–24) ≤ 3× trivial main", medians.get(ColdStart.CHECK_CDS) / trivial, 3);
    if (medians.containsKey(ColdStart.CHECK_AOT)) {
      ratio("cold `concord check` with the AOT cache (./concord on JDK 25+) ≤ 3× trivial main", medians.get(ColdStart.CHECK_AOT) / trivial, 3);
    }
    targets.put("(for reference) cold `concord check` vs `concord version`, without / with AppCDS",
        String.format(Locale.ROOT, "%.2f× / %.2f×", v.get(2) / v.get(1), v.get(4) / v.get(3)) + " | –");
  }

  // ------------------------------------------------------------------ helpers

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(null);
    int n = s.size();
    return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private static String fmt(double x) {
    return x >= 100 ? String.format(Locale.ROOT, "%,.0f", x) : String.format(Locale.ROOT, "%.3g", x);
  }

  private static String load() {
    double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
  }

  private static final class Duration {
    static String minutes(Instant since) {
      long s = java.time.Duration.between(since, Instant.now()).toSeconds();
      return s / 60 + " min " + s % 60 + " s";
    }
  }
}
