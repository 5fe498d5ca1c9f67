package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Diagnostic;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.api.Test;

/**
 * scripts/aot-training.concord is half of the workload ./concord trains its AOT cache on (the
 * examples check clean): it has to parse, and go on yielding findings of each kind the text
 * report shows, or the cache silently stops holding what reporting them takes (issue 7).
 */
class AotTrainingFileTest {
  @Test
  void parsesAndYieldsAnErrorAWarningAHelpLineAndALabel() {
    Path file = Path.of("scripts/aot-training.concord");
    CheckReport report = Workspace.check(List.of(file), ParseLimits.DEFAULT);
    List<Diagnostic> found = report.diagnostics();
    assertThat(found).noneMatch(d -> d.code().name().startsWith("C00")); // no syntax errors
    assertThat(found).anyMatch(Diagnostic::isError);
    assertThat(found).anyMatch(d -> !d.isError());
    assertThat(found).anyMatch(d -> d.help() != null && !d.help().isBlank());
    assertThat(found).anyMatch(d -> !d.related().isEmpty());
  }
}
