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
 * run that writes the archive. The trivial main has no CDS variant: the JVM archives classes
 * from jars only, and it lives in the bench classes folder.
 */
public final class ColdStart {
  /** The flags ./concord passes to the JVM. */
  public static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto");

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
    c.put("trivial main (-cp concord.jar:bench classes)", with(LAUNCHER_FLAGS, trivial));
    c.put("concord version", with(LAUNCHER_FLAGS, version));
    c.put("concord check (1 file)", with(LAUNCHER_FLAGS, check));
    c.put("concord version, AppCDS", with(cds("version"), version));
    c.put("concord check (1 file), AppCDS", with(cds("check"), check));
    return c;
  }

  private List<String> cds(String name) {
    List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
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
