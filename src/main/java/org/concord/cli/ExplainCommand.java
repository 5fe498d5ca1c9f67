package org.concord.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.concord.diagnostic.Code;
import org.concord.report.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Print the catalogue entry of a diagnostic code: what it means, an example and the fix.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CODE", description = "A diagnostic code, e.g. C0301.")
  String code;

  @Override
  public Integer call() {
    String wanted = code.toUpperCase(Locale.ROOT);
    boolean known = Arrays.stream(Code.values()).anyMatch(c -> c.name().equals(wanted));
    if (!known) {
      spec.commandLine().getErr().println("concord: `" + code + "` is not a Concord diagnostic code (they look like C0301)");
      return ExitCode.USAGE;
    }
    Code c = Code.valueOf(wanted);
    String entry = Catalogue.entry(wanted)
        .orElse("### " + wanted + " — " + c.title() + "\n\nseverity: " + c.severity().label() + "\n");
    spec.commandLine().getOut().print(entry);
    return ExitCode.OK;
  }
}
