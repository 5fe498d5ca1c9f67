package org.concord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Concord's version.")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  /** What `concord version` and every verb's `-V` print. */
  static String line() {
    return "concord " + version() + " (Java " + Runtime.version().feature() + ")";
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(line());
    return ExitCode.OK;
  }
}
