package org.concord.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.api.SourceLoader;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.report.AstJson;
import org.concord.report.DiagnosticText;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", mixinStandardHelpOptions = true,
    description = "Parse one agreement file and print its syntax tree as JSON.")
final class ParseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--ast-json", description = "Print the AST as JSON (the only output form for now).")
  boolean astJson = true;

  @Parameters(paramLabel = "FILE", description = "The agreement file.")
  Path file;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!Files.exists(file)) {
      err.println("concord: no such file: " + SourceLoader.display(file));
      return ExitCode.USAGE;
    }
    List<Diagnostic> problems = new ArrayList<>();
    SourceFile source = SourceLoader.read(file, problems, common.limits().maxFileBytes());
    if (source == null) {
      err.print(new DiagnosticText(Map.of()).render(problems));
      return ExitCode.FINDINGS;
    }
    ParseResult parsed = SourceParser.parse(source, common.limits());
    if (parsed.hasErrors() || parsed.agreement() == null) {
      err.print(new DiagnosticText(Map.of(source.path(), source)).render(parsed.diagnostics()));
      return ExitCode.FINDINGS;
    }
    out.print(AstJson.write(parsed.agreement()));
    return ExitCode.OK;
  }
}
