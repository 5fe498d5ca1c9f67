package org.concord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Diagnostic;
import org.concord.report.DiagnosticText;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every agreement under examples/ parses and checks with no errors, one dynamic test per file. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");

  static List<Path> exampleFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(EXAMPLES)) {
      return walk.filter(p -> p.toString().endsWith(".concord")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleChecksClean() throws IOException {
    return exampleFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString().replace('\\', '/'), () -> {
      CheckReport report = Workspace.check(List.of(file), ParseLimits.DEFAULT);
      List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
      assertThat(errors)
          .as("errors in %s:%n%s", file, new DiagnosticText(report.sources()).render(errors))
          .isEmpty();
    }));
  }

  @Test
  void theNamedExamplesExist() throws IOException {
    assertThat(exampleFiles()).extracting(p -> p.getFileName().toString()).contains(
        "xinan_river.concord",
        "jing_jin_ji_relocation.concord",
        "shenzhen_shanwei_park.concord",
        "regional_fund.concord",
        "synthetic_all_constructs.concord",
        "parties.concord");
  }

  @Test
  void everyExampleCitesItsSourceInAHeaderComment() throws IOException {
    for (Path file : exampleFiles()) {
      String text = Files.readString(file);
      assertThat(text).as("%s starts with a comment", file).startsWith("--");
    }
  }
}
