package org.concord.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.report.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunnerTest {
  private static final Path AGREEMENT = Path.of("src/test/resources/tests/xinan_tested.concord");
  private static final Path SIBLING = Path.of("src/test/resources/tests/xinan_tested.test.concord");

  @Test
  void passingTestsPass() {
    TestRunner.Report report = TestRunner.run(List.of(AGREEMENT, SIBLING));
    assertThat(report.diagnostics()).isEmpty();
    assertThat(report.outcome().suites()).hasSize(2);
    assertThat(report.outcome().passed()).isEqualTo(3);
    assertThat(report.failed()).isFalse();
  }

  @Test
  void aWrongExpectationFailsWithExpectedActualAndTheFlowsBehindIt(@TempDir Path dir) throws Exception {
    Path file = copyWith(dir, "expect net anhui in 2012 = 100", "expect net anhui in 2012 = 400");
    TestRunner.Report report = TestRunner.run(List.of(file));
    TestOutcome.Case failed = report.outcome().suites().get(0).cases().get(0);
    assertThat(failed.passed()).isFalse();
    assertThat(failed.message()).isEqualTo("expected net anhui in 2012 = 400, got 100.00");
    assertThat(failed.details()).contains("2012  zhejiang -> anhui  100.00  article 2");
    assertThat(failed.location()).endsWith(":36:1");
    assertThat(report.failed()).isTrue();
  }

  @Test
  void unknownNamesAndPeriodsAreDiagnosticsAtTheirLineAllInOneRun(@TempDir Path dir) throws Exception {
    Path file = copyWith(dir, "given P = 0.8\n  expect net anhui in 2013 = 400.004",
        "given Q = 0.8\n  expect net hebei in 2019 = x");
    TestRunner.Report report = TestRunner.run(List.of(file));
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(Code.C1201, Code.C1201, Code.C1202, Code.C1203);
    assertThat(report.diagnostics().get(0).span().line()).isEqualTo(46);
    assertThat(report.diagnostics().get(0).help()).contains("`P`");
    assertThat(report.failed()).isTrue();
  }

  @Test
  void aMissingScenarioFileIsReportedOnceAtTheTest(@TempDir Path dir) throws Exception {
    Path file = copyWith(dir, "given P = 0.8 in 2012, 1.2 in 2013, 0.9 in 2014", "given scenario \"nowhere.json\"");
    TestRunner.Report report = TestRunner.run(List.of(file));
    assertThat(report.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.C1204);
    assertThat(report.diagnostics().get(0).span().line()).isEqualTo(37);
  }

  @Test
  void testsOfABrokenAgreementDoNotRunButSayWhy(@TempDir Path dir) throws Exception {
    Path file = copyWith(dir, "central pays 300 to basin each year", "centrl pays 300 to basin each year");
    TestRunner.Report report = TestRunner.run(List.of(file));
    assertThat(report.diagnostics()).extracting(Diagnostic::code).contains(Code.C1206);
    assertThat(report.outcome().passed()).isZero();
  }

  @Test
  void aTestFileWithNothingToTestSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lonely.test.concord");
    Files.writeString(file, "test \"nothing\"\n  expect net anhui total = 0\nend\n");
    TestRunner.Report report = TestRunner.run(List.of(file));
    assertThat(report.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.C1205);
  }

  private static Path copyWith(Path dir, String from, String to) throws Exception {
    String text = Files.readString(AGREEMENT);
    assertThat(text).contains(from);
    Path file = dir.resolve("xinan_tested.concord");
    Files.writeString(file, text.replace(from, to));
    return file;
  }
}
