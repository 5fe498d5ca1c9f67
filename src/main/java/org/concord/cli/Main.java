package org.concord.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.syntax.ParseLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The `concord` command: one verb per job, each with `--help`. */
@Command(
    name = "concord",
    mixinStandardHelpOptions = false,
    description = "Check and simulate intergovernmental fiscal agreements.",
    subcommands = {
      CheckCommand.class,
      ParseCommand.class,
      SimulateCommand.class,
      TestCommand.class,
      FmtCommand.class,
      ExplainCommand.class,
      VersionCommand.class,
      CommandLine.HelpCommand.class
    },
    usageHelpAutoWidth = true)
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    // Success ends the JVM by returning (every thread we start is joined before run returns):
    // System.exit starts the JDK's logging framework only to log the exit at debug level,
    // about 20 ms of a cold start (issue 7). Any other exit code needs System.exit.
    if (code != ExitCode.OK) System.exit(code);
  }

  /** Runs one command line; returns the exit code. Never throws: a bug is exit code 3. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      Integer fast = fastPath(args, out, err);
      if (fast != null) return fast;
    } catch (RuntimeException | Error e) {
      return internalError(e, false, err);
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> ExitCode.INTERNAL);
    // `-V` on a verb printed an empty line: give every verb the version `concord version` prints.
    String version = VersionCommand.line();
    cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(version));
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("concord: " + e.getMessage());
      err.println("run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage");
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      boolean debug = parsed.hasMatchedOption("--debug")
          || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
      return internalError(e, debug, err);
    });
    try {
      int code = cli.execute(args);
      out.flush();
      err.flush();
      return code;
    } catch (RuntimeException | Error e) {
      return internalError(e, false, err);
    }
  }

  /**
   * The two command lines whose start-up time matters most, run without picocli: building the
   * command tree reflectively costs more than checking a file (issue 7). Only argument lists
   * picocli would take literally qualify (no option, no `@argfile`, nothing empty, every path
   * valid), and the result — output, exit code, error handling — is what picocli would give;
   * anything else returns null and goes through picocli.
   */
  private static Integer fastPath(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 1 && args[0].equals("version")) {
      out.println(VersionCommand.line());
      out.flush();
      err.flush();
      return ExitCode.OK;
    }
    if (args.length < 2 || !args[0].equals("check")) return null;
    List<Path> paths = new ArrayList<>(args.length - 1);
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') return null;
      try {
        paths.add(Path.of(a));
      } catch (InvalidPathException e) {
        return null; // picocli's message for an unconvertible value
      }
    }
    int code;
    try {
      code = CheckCommand.run(paths, CheckCommand.Format.text, false, null, ParseLimits.DEFAULT, out, err);
    } catch (Exception e) { // as picocli's execution-exception handler above, without --debug
      code = internalError(e, false, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  static int internalError(Throwable e, boolean debug, PrintWriter err) {
    // A file that cannot be read or written (a path through a file, a full disk, no permission)
    // is the environment's doing, not a bug: say which file and why, as a usage error.
    Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (io instanceof java.nio.file.FileSystemException fs) {
      String why = fs.getReason() != null ? fs.getReason().toLowerCase(java.util.Locale.ROOT)
          : fs.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
      err.println("concord: cannot use `" + fs.getFile() + "`: " + why);
      err.flush();
      return ExitCode.USAGE;
    }
    if (io instanceof java.io.IOException other) {
      err.println("concord: input or output failed: " + other.getMessage());
      err.flush();
      return ExitCode.USAGE;
    }
    if (e instanceof OutOfMemoryError) {
      err.println("concord: out of memory; the input is larger than this JVM can hold (raise -Xmx or split it)");
      return ExitCode.INTERNAL;
    }
    err.println("concord: internal error (" + e.getClass().getSimpleName() + "); this is a bug in Concord, sorry."
        + (debug ? "" : " Run again with --debug to see the details and include them in a report."));
    if (debug) e.printStackTrace(err);
    err.flush();
    return ExitCode.INTERNAL;
  }
}
