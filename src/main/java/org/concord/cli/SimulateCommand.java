package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.api.SourceLoader;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Account;
import org.concord.model.Article;
import org.concord.model.Model;
import org.concord.report.DiagnosticText;
import org.concord.report.SimulationCsv;
import org.concord.report.SimulationJson;
import org.concord.report.SimulationTable;
import org.concord.sim.Flow;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.sim.Use;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate an agreement over its term under a scenario and print the ledger (spec/simulate.md).")
final class SimulateCommand implements Callable<Integer> {
  enum Format { table, json, csv }

  static final List<String> SCENARIO_EXTENSIONS = List.of(".json", ".yaml", ".yml", ".csv");

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Scenario file (.json, .yaml, .yml, .csv); default: NAME.scenario.* next to the agreement, if present.")
  Path scenarioFile;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write the output into DIR (csv: flows.csv, net.csv, balances.csv, events.csv) instead of printing it.")
  Path out;

  @Option(names = "--trace", paramLabel = "PARTY[@PERIOD]",
      description = "For every flow touching PARTY (in PERIOD), show the article, clause and values that made it.")
  String trace;

  @Parameters(paramLabel = "FILE", description = "The agreement file.")
  Path file;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println(Files.isDirectory(file)
          ? "concord: `" + SourceLoader.display(file) + "` is a directory; simulate takes one agreement file"
          : "concord: no such file: " + SourceLoader.display(file));
      return ExitCode.USAGE;
    }
    if (scenarioFile != null && !Files.isRegularFile(scenarioFile)) {
      err.println("concord: no such scenario file: " + SourceLoader.display(scenarioFile));
      return ExitCode.USAGE;
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      err.println("concord: --out must name a directory: " + SourceLoader.display(out));
      return ExitCode.USAGE;
    }

    // Check (with imports, as `concord check` does); only a clean agreement is simulated.
    CheckReport report = Workspace.check(List.of(file), common.limits());
    Map<String, SourceFile> sources = new LinkedHashMap<>(report.sources());
    if (report.hasErrors()) return findings(err, sources, report.diagnostics());
    String shown = SourceLoader.display(file);
    Model model = report.models().get(shown);
    if (model == null) {
      throw new IllegalStateException("the checker gave no model for " + shown + " although it found no errors");
    }
    if (!report.diagnostics().isEmpty()) err.print(new DiagnosticText(sources).render(report.diagnostics()));

    Trace traceSpec = null;
    if (trace != null) {
      traceSpec = Trace.parse(trace, model);
      if (traceSpec == null) {
        err.println("concord: --trace wants PARTY or PARTY@PERIOD with a party and a period of the agreement, not `" + trace + "`");
        return ExitCode.USAGE;
      }
    }

    Path scenarioPath = scenarioFile != null ? scenarioFile : defaultScenario(file);
    Scenario scenario = Scenario.empty(model);
    if (scenarioPath != null) {
      ScenarioReader.Result read = ScenarioReader.read(scenarioPath, model);
      if (!read.diagnostics().isEmpty()) {
        SourceFile text = SourceLoader.read(scenarioPath, new ArrayList<>());
        if (text != null) sources.put(text.path(), text);
      }
      if (read.hasErrors()) return findings(err, sources, read.diagnostics());
      scenario = read.scenario();
    }

    SimulationResult result = Simulator.simulate(model, scenario);
    if (result.hasErrors()) return findings(err, sources, result.diagnostics());

    Map<String, String> files = new LinkedHashMap<>();
    switch (format) {
      case table -> files.put("simulation.txt", SimulationTable.render(result));
      case json -> files.put("simulation.json", SimulationJson.write(result));
      case csv -> {
        if (out != null) files.putAll(SimulationCsv.tables(result));
        else files.put("flows.csv", SimulationCsv.flows(result));
      }
    }
    if (out != null) {
      writeAtomically(out, files);
      stdout.println("wrote " + String.join(", ", files.keySet()) + " to " + SourceLoader.display(out));
    } else {
      files.values().forEach(stdout::print);
    }
    if (traceSpec != null) {
      PrintWriter to = format == Format.table && out == null ? stdout : err;
      to.print(traceSpec.render(result, model, sources));
    }
    return ExitCode.OK;
  }

  private static int findings(PrintWriter err, Map<String, SourceFile> sources, List<Diagnostic> problems) {
    List<Diagnostic> sorted = new ArrayList<>(problems);
    sorted.sort(Diagnostic.ORDER);
    err.print(new DiagnosticText(sources).render(sorted));
    return ExitCode.FINDINGS;
  }

  /** `NAME.scenario.json` (or .yaml, .yml, .csv) beside `NAME.concord`, if there is one. */
  static Path defaultScenario(Path agreement) {
    String name = agreement.getFileName().toString();
    String stem = name.endsWith(SourceLoader.EXTENSION) ? name.substring(0, name.length() - SourceLoader.EXTENSION.length()) : name;
    for (String ext : SCENARIO_EXTENSIONS) {
      Path p = agreement.resolveSibling(stem + ".scenario" + ext);
      if (Files.isRegularFile(p)) return p;
    }
    return null;
  }

  /** Writes the output files into {@code dir}, all or none (see {@link AtomicFile#writeAll}). */
  static void writeAtomically(Path dir, Map<String, String> files) throws IOException {
    Map<Path, String> targets = new LinkedHashMap<>();
    files.forEach((name, text) -> targets.put(dir.resolve(name), text));
    AtomicFile.writeAll(targets);
  }

  /** `--trace PARTY[@PERIOD]`: the chain from each flow back to its article, clause and values. */
  record Trace(int party, int period, String label) {
    static Trace parse(String text, Model model) {
      String[] parts = text.split("@", 2);
      Account a = model.account(parts[0]);
      if (a == null) return null;
      int period = -1;
      if (parts.length == 2) {
        period = model.term().indexOf(parts[1]);
        if (period < 0) return null;
      }
      return new Trace(a.slot(), period, text);
    }

    String render(SimulationResult r, Model model, Map<String, SourceFile> sources) {
      StringBuilder b = new StringBuilder();
      String who = r.accountId(party);
      b.append('\n').append("Trace of ").append(who).append(period < 0 ? "" : " in " + r.periods().get(period)).append('\n');
      int n = 0;
      for (Flow f : r.flows()) {
        if (f.from() != party && f.to() != party) continue;
        if (period >= 0 && f.period() != period) continue;
        n++;
        String sign = f.to() == party ? "+" : "-";
        b.append("  ").append(r.periods().get(f.period())).append("  ").append(sign).append(r.format(f.amount()))
            .append("  ").append(r.accountId(f.from())).append(" -> ").append(r.accountId(f.to())).append('\n');
        b.append("    article  ").append(f.article() == null ? "(none: fund rule)" : articleLine(model, f.article())).append('\n');
        if (f.clause() != null && f.clause().line() > 0) {
          b.append("    clause   ").append(f.clause());
          SourceFile src = sources.get(f.clause().file());
          if (src != null) b.append("  ").append(src.line(f.clause().line()).strip());
          b.append('\n');
        }
        if (!f.reason().isEmpty()) b.append("    because  ").append(f.reason()).append('\n');
        for (Use u : f.uses()) b.append("    uses     ").append(u).append('\n');
      }
      if (n == 0) b.append("  no flows\n");
      return b.toString();
    }

    private static String articleLine(Model model, String number) {
      for (Article a : model.articles()) {
        if (a.number().equals(number)) return number + (a.title() == null || a.title().isEmpty() ? "" : " \"" + a.title() + "\"");
      }
      return number;
    }
  }
}
