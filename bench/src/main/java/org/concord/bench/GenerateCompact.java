package org.concord.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes benchmark (b)'s agreement, {@code equalisation_compact.concord}, and one scenario's
 * input values as {@code scenario-SEED.csv} (the CSV scenario form; it holds values only, so the
 * scenario's defaults on dues — events — are listed in {@code defaults-SEED.txt}). Deterministic
 * from the seeds; the benchmark uses seed 42, 333 parties, 30 years, scenario seed 1.
 *
 * <pre>
 * ./mvnw -q -DskipTests test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.concord.bench.GenerateCompact \
 *     -Dexec.args="--seed 42 --parties 333 --years 30 --scenario 1 --out target/compact"
 * </pre>
 */
public final class GenerateCompact {
  private GenerateCompact() {}

  public static void main(String[] args) throws IOException {
    long seed = 42;
    int parties = 333;
    int years = 30;
    long scenario = 1;
    Path dir = Path.of("target/compact");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--parties" -> parties = Integer.parseInt(args[++i]);
        case "--years" -> years = Integer.parseInt(args[++i]);
        case "--scenario" -> scenario = Long.parseLong(args[++i]);
        case "--out" -> dir = Path.of(args[++i]);
        default -> {
          System.err.println("usage: GenerateCompact [--seed N] [--parties N] [--years N] [--scenario SEED] [--out DIR]");
          System.exit(2);
        }
      }
    }
    Compact c = Compact.generate(seed, parties, years);
    CompactData d = CompactData.generate(c, scenario);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("equalisation_compact.concord"), c.text(), StandardCharsets.UTF_8);
    StringBuilder csv = new StringBuilder("input,party,period,value\n");
    StringBuilder defaults = new StringBuilder();
    csv.append("contribution_rate,,,").append(d.rate.toPlainString()).append('\n');
    for (int i = 0; i < parties; i++) {
      for (int t = 0; t < years; t++) {
        String at = "," + c.party(i) + "," + c.label(t) + ",";
        csv.append("revenue").append(at).append(d.revenue[i][t].toPlainString()).append('\n');
        csv.append("population").append(at).append(d.population[i][t].toPlainString()).append('\n');
        if (d.parkTax[i] != null) csv.append("park_tax").append(at).append(d.parkTax[i][t].toPlainString()).append('\n');
        if (d.defaults[i][t]) defaults.append(c.party(i)).append(" defaults on dues in ").append(c.label(t)).append('\n');
      }
    }
    Files.writeString(dir.resolve("scenario-" + scenario + ".csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("defaults-" + scenario + ".txt"), defaults, StandardCharsets.UTF_8);
    System.out.println("wrote " + dir.resolve("equalisation_compact.concord") + " and scenario " + scenario + " to " + dir);
  }
}
