package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.api.SourceLoader;
import org.concord.api.TestRunner;
import org.concord.report.DiagnosticText;
import org.concord.report.JUnitXml;
import org.concord.report.TestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the `test` blocks of agreement files (directories: every *.concord below them).")
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML, for CI.")
  Path junitXml;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Agreement files or directories (default: .).")
  List<Path> paths = List.of(Path.of("."));

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        err.println("concord: no such file or directory: " + SourceLoader.display(p));
        return ExitCode.USAGE;
      }
    }
    TestRunner.Report report = TestRunner.run(SourceLoader.discover(paths), paths);
    if (!report.diagnostics().isEmpty()) out.print(new DiagnosticText(report.sources()).render(report.diagnostics()));
    for (TestOutcome.Suite suite : report.outcome().suites()) {
      for (TestOutcome.Case c : suite.cases()) {
        if (c.passed()) {
          out.println("ok    " + suite.file() + ": " + c.name());
        } else {
          out.println("FAIL  " + c.location() + ": " + c.name());
          out.println("      " + c.message());
          if (c.details() != null) out.println(c.details().indent(4).stripTrailing());
        }
      }
    }
    out.println(report.outcome().passed() + " passed, " + report.outcome().failed() + " failed");
    if (junitXml != null) AtomicFile.write(junitXml, JUnitXml.write(report.outcome()));
    return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
