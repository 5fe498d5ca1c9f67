package org.concord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Concord's version.")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String version = Main.class.getPackage().getImplementationVersion();
    spec.commandLine().getOut().println("concord " + (version == null ? "dev" : version)
        + " (Java " + Runtime.version().feature() + ")");
    return ExitCode.OK;
  }
}
