package org.concord.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: spawns each command {@code runs} times, round-robin so machine noise spreads
 * evenly, and takes the median wall time from spawn to exit. Every command runs with the
 * launcher's JVM flags; the CDS variants add the launcher's archive flags, after one training
 * run that writes the archive. On JDK 25+ the AOT-cache variants are what ./concord runs there:
 * the cache trained as the launcher trains it ({@code check examples}, record then create).
 * The trivial main has no CDS variant: the JVM archives classes from jars only, and it lives in
 * the bench classes folder.
 */
public final class ColdStart {
  /** The flags ./concord passes to the JVM. */
  public static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  /** Whether the launcher uses the AOT cache on this JDK (it does from 25 on). */
  public static final boolean AOT = Runtime.version().feature() >= 25;

  public static final String TRIVIAL = "trivial main (-cp concord.jar:bench classes)";
  public static final String CHECK = "concord check (1 file)";
  public static final String CHECK_CDS = "concord check (1 file), AppCDS";
  public static final String CHECK_AOT = "concord check (1 file), AOT cache (./concord on JDK 25+)";

  private final String javaBin;
  private final Path jar;
  private final Path benchClasses;
  private final Path out;

  public ColdStart(Path jar, Path benchClasses, Path out) {
    this.javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    this.jar = jar;
    this.benchClasses = benchClasses;
    this.out = out;
  }

  /** The commands measured, by name: each a JVM command line without the java executable. */
  public Map<String, List<String>> commands(Path agreement) throws IOException {
    // fresh archives: the JVM does not rewrite one made for an older jar, it only ignores it
    Path cds = out.resolve("cds");
    if (Files.isDirectory(cds)) {
      try (var old = Files.list(cds)) {
        for (Path f : old.toList()) Files.delete(f);
      }
    }
    Files.createDirectories(cds);
    Map<String, List<String>> c = new LinkedHashMap<>();
    List<String> trivial = List.of("-cp", jar + File.pathSeparator + benchClasses, TrivialMain.class.getName());
    List<String> version = List.of("-jar", jar.toString(), "version");
    List<String> check = List.of("-jar", jar.toString(), "check", agreement.toString());
    c.put(TRIVIAL, with(LAUNCHER_FLAGS, trivial));
    c.put("concord version", with(LAUNCHER_FLAGS, version));
    c.put(CHECK, with(LAUNCHER_FLAGS, check));
    c.put("concord version, AppCDS", with(cds("version"), version));
    c.put(CHECK_CDS, with(cds("check"), check));
    if (AOT) {
      List<String> aot = aot(agreement);
      c.put("concord version, AOT cache", with(aot, version));
      c.put(CHECK_AOT, with(aot, check));
    }
    return c;
  }

  /**
   * Trains an AOT cache as ./concord does (check of examples/ and scripts/aot-training.concord, or
   * of the agreement if there are none); its flags.
   */
  private List<String> aot(Path agreement) throws IOException {
    Path cache = out.resolve("cds").resolve("concord.aot");
    Path conf = out.resolve("cds").resolve("concord.aotconf");
    List<String> quiet = List.of("-Xlog:aot=off", "-Xlog:cds=off");
    List<String> training = new ArrayList<>();
    for (String p : List.of("examples", "scripts/aot-training.concord")) {
      if (Files.exists(Path.of(p))) training.add(p);
    }
    if (training.isEmpty()) training.add(agreement.toString());
    List<String> record = new ArrayList<>(with(LAUNCHER_FLAGS, quiet));
    record.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf, "-jar", jar.toString(), "check"));
    record.addAll(training);
    List<String> create = new ArrayList<>(with(LAUNCHER_FLAGS, quiet));
    create.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf, "-XX:AOTCache=" + cache, "-jar", jar.toString()));
    try {
      spawn(record);
      spawn(create);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while training the AOT cache", e);
    }
    if (!Files.isRegularFile(cache)) throw new IllegalStateException("no AOT cache written: " + create);
    List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
    flags.add("-XX:AOTCache=" + cache);
    flags.addAll(quiet);
    return flags;
  }

  private List<String> cds(String name) {
    List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
    flags.add("-Xshare:auto");
    flags.add("-XX:SharedArchiveFile=" + out.resolve("cds").resolve(name + ".jsa"));
    flags.add("-XX:+AutoCreateSharedArchive");
    flags.add("-Xlog:cds=off");
    flags.add("-Xlog:cds+dynamic=off");
    return flags;
  }

  private static List<String> with(List<String> flags, List<String> rest) {
    List<String> all = new ArrayList<>(flags);
    all.addAll(rest);
    return all;
  }

  /** Median milliseconds per command, after one unmeasured run of each (which writes the CDS archives). */
  public Map<String, Double> measure(Map<String, List<String>> commands, int runs) throws IOException, InterruptedException {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (var e : commands.entrySet()) {
      spawn(e.getValue());
      times.put(e.getKey(), new ArrayList<>());
    }
    for (int r = 0; r < runs; r++) {
      for (var e : commands.entrySet()) times.get(e.getKey()).add(spawn(e.getValue()));
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    for (var e : times.entrySet()) medians.put(e.getKey(), BenchMain.median(e.getValue()));
    return medians;
  }

  private double spawn(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaBin);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + cmd);
    }
    long nanos = System.nanoTime() - start;
    if (p.exitValue() != 0 && p.exitValue() != 1) throw new IllegalStateException("exit " + p.exitValue() + ": " + cmd);
    return nanos / 1e6;
  }
}
