package org.concord.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concord.api.SourceLoader;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.report.DiagnosticText;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `concord fmt [--check] PATH...`: rewrites agreement files in the canonical layout. A file with
 * syntax errors is left alone and its errors are printed. `-` formats standard input to standard
 * output. Exit 0 when every file is (now) formatted, 1 when `--check` found unformatted files or a
 * file did not parse, 2 for a missing path.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = "Rewrite agreement files (directories: every *.concord below them) in the canonical layout; "
        + "`-` reads standard input and writes standard output.")
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--check", description = "Change nothing; list the files that are not formatted and exit 1 if any.")
  boolean check;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Agreement files or directories, or `-` for standard input.")
  List<String> paths;

  /** Standard input; a field so tests can supply their own. */
  InputStream stdin = System.in;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (paths.contains("-")) {
      if (paths.size() > 1) {
        err.println("concord: `-` (standard input) cannot be combined with other paths");
        return ExitCode.USAGE;
      }
      return standardInput(out, err);
    }
    List<Path> roots = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (!Files.exists(path)) {
        err.println("concord: no such file or directory: " + SourceLoader.display(path));
        return ExitCode.USAGE;
      }
      roots.add(path);
    }
    boolean failed = false;
    for (Path file : SourceLoader.discover(roots)) {
      failed |= !file(file, out, err);
    }
    return failed ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /** Formats (or checks) one file; returns false when it did not parse or, with --check, is not formatted. */
  private boolean file(Path file, PrintWriter out, PrintWriter err) throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    SourceFile source = SourceLoader.read(file, problems);
    if (source == null) {
      err.print(new DiagnosticText(Map.of()).render(problems));
      return false;
    }
    String formatted = format(source, err);
    if (formatted == null) return false;
    if (formatted.equals(source.text())) return true;
    if (check) {
      out.println(source.path());
      return false;
    }
    // Write beside the target and rename over it, so a reader never sees half a file.
    Path target = file.toRealPath();
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".fmt");
    try {
      Files.writeString(temp, formatted, StandardCharsets.UTF_8);
      keepPermissions(target, temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException notPosix) {
      // the temp file keeps the platform's defaults
    }
  }

  private int standardInput(PrintWriter out, PrintWriter err) throws IOException {
    String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) text = text.substring(1);
    SourceFile source = new SourceFile("<stdin>", text);
    String formatted = format(source, err);
    if (formatted == null) return ExitCode.FINDINGS;
    if (check) {
      if (formatted.equals(text)) return ExitCode.OK;
      out.println(source.path());
      return ExitCode.FINDINGS;
    }
    out.print(formatted);
    return ExitCode.OK;
  }

  /** The canonical text, or null (with the diagnostics printed) when the file does not parse. */
  private String format(SourceFile source, PrintWriter err) {
    ParseResult parsed = SourceParser.parse(source, common.limits());
    if (parsed.hasErrors() || parsed.agreement() == null) {
      err.print(new DiagnosticText(Map.of(source.path(), source)).render(parsed.diagnostics()));
      return null;
    }
    return Formatter.format(parsed.agreement(), source.text());
  }
}
