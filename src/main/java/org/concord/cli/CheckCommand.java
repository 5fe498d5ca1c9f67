package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.api.SourceLoader;
import org.concord.diagnostic.Diagnostic;
import org.concord.report.DiagnosticJson;
import org.concord.report.DiagnosticSarif;
import org.concord.report.DiagnosticText;
import org.concord.report.Json;
import org.concord.syntax.ParseLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check agreement files (directories: every *.concord below them) and report what is wrong.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, sarif }

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text, json or sarif (SARIF 2.1.0) (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--werror", description = "Treat warnings as errors for the exit code.")
  boolean werror;

  @Option(names = "--sarif", paramLabel = "FILE",
      description = "Also write the findings as SARIF 2.1.0 to FILE, for code-scanning tools.")
  Path sarif;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Agreement files or directories.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    return run(paths, format, werror, sarif, common.limits(), spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The check itself, also reached by {@link Main}'s fast path for `concord check PATH...`. */
  static int run(List<Path> paths, Format format, boolean werror, Path sarif, ParseLimits limits,
      PrintWriter out, PrintWriter err) throws IOException {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("concord: no such file or directory: " + SourceLoader.display(p));
        return ExitCode.USAGE;
      }
    }
    CheckReport report = Workspace.check(SourceLoader.discover(paths), paths, limits);
    List<Diagnostic> diagnostics = report.diagnostics();
    switch (format) {
      case json -> out.print(Json.pretty(DiagnosticJson.report(diagnostics, report.fileCount())));
      case sarif -> out.print(Json.pretty(DiagnosticSarif.report(diagnostics, VersionCommand.version())));
      case text -> {
        out.print(new DiagnosticText(report.sources()).render(diagnostics));
        out.println(summary(report));
      }
    }
    if (sarif != null) {
      AtomicFile.write(sarif, Json.pretty(DiagnosticSarif.report(diagnostics, VersionCommand.version())));
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    boolean fails = errors > 0 || (werror && !diagnostics.isEmpty());
    return fails ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private static String summary(CheckReport report) {
    long errors = report.diagnostics().stream().filter(Diagnostic::isError).count();
    long warnings = report.diagnostics().size() - errors;
    return "checked " + plural(report.fileCount(), "file") + ": " + plural(errors, "error") + ", "
        + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
