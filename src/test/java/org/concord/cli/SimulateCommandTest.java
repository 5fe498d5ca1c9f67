package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `concord simulate` end to end, from agreement text and scenario files. */
class SimulateCommandTest {
  private static final String XINAN = "src/test/resources/sim/xinan_mini.concord";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsTheTableWithTheScenarioBesideTheFile() {
    Run r = run("simulate", XINAN);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Xin'an River compensation, minimal (xinan_mini) — CNY millions, 2012 to 2014\n");
    assertThat(r.out()).contains("  central   -300.00  -300.00  -298.50  -898.50\n");
    assertThat(r.out()).contains("2014  ruling     article 2, contested 100.00, costs 1.50 borne by the loser");
  }

  @Test
  void jsonIsTheGoldenAndCsvIsTheLedger() throws Exception {
    Run json = run("simulate", XINAN, "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden/xinan_mini.json")));
    Run csv = run("simulate", XINAN, "--format", "csv");
    assertThat(csv.out()).startsWith("period,from,to,amount,article,reason\n2012,central,basin,300.00,1,300\n");
  }

  @Test
  void traceFollowsEachFlowToItsClauseAndValues() {
    Run r = run("simulate", XINAN, "--trace", "zhejiang@2013");
    assertThat(r.code()).isZero();
    assertThat(r.out()).endsWith("""
        Trace of zhejiang in 2013
          2013  -10.00  zhejiang -> anhui
            article  3 "Contribution on time"
            clause   src/test/resources/sim/xinan_mini.concord:34:3  penalty on breach of contribution: pays 5 + 10% of arrears to anhui
            because  penalty on breach of `contribution` = 10.00
        """);
    Run anhui = run("simulate", XINAN, "--trace", "anhui@2013");
    assertThat(anhui.out()).contains("""
          2013  -100.00  anhui -> escrow
            article  2 "Compensation"
            clause   src/test/resources/sim/xinan_mini.concord:29:5  anhui pays 100 to zhejiang
            because  P = 1.2 > 1; 100; held in escrow: contested under article 2
            uses     P = 1.2 (2013)
        """);
    Run json = run("simulate", XINAN, "--format", "json", "--trace", "anhui");
    assertThat(json.err()).contains("Trace of anhui\n");
    assertThat(json.out()).doesNotContain("Trace");
  }

  @Test
  void outWritesEveryTableAtomically(@TempDir Path dir) throws Exception {
    Run r = run("simulate", XINAN, "--format", "csv", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("balances.csv", "events.csv", "flows.csv", "net.csv");
    }
    assertThat(Files.readString(dir.resolve("balances.csv"))).startsWith("account,kind,2012,2013,2014\nbasin,fund,100.00,150.00,251.00\n");
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("net.csv"))))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void atomicWriteLeavesNothingBehindOnFailure(@TempDir Path dir) throws Exception {
    Files.createDirectory(dir.resolve("net.csv"));
    Files.writeString(dir.resolve("net.csv").resolve("keep"), "x");
    try {
      SimulateCommand.writeAtomically(dir, Map.of("net.csv", "a,b\n"));
    } catch (java.io.IOException expected) {
      // the target is a non-empty directory: the move fails
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("net.csv");
    }
  }

  @Test
  void badScenarioIsExitOneWithEveryProblem(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("bad.json");
    Files.writeString(scenario, "{ \"inputs\": { \"P\": { \"2013\": \"high\", \"2020\": 1 }, \"Q\": 1 } }");
    Run r = run("simulate", XINAN, "--scenario", scenario.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("error[C1004]", "error[C1007]", "error[C1005]", "did you mean `P`?");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingValuesAreExitOne(@TempDir Path dir) throws Exception {
    Path scenario = dir.resolve("thin.yaml");
    Files.writeString(scenario, "inputs:\n  P: {2012: 0.5}\n");
    Run r = run("simulate", XINAN, "--scenario", scenario.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("error[C1010]: no value for `P` in 2013, and the input has no default");
  }

  @Test
  void usageErrorsAreExitTwo(@TempDir Path dir) throws Exception {
    assertThat(run("simulate", "nope.concord").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("simulate", XINAN, "--scenario", "nope.json").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("simulate", XINAN, "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("simulate", XINAN, "--trace", "atlantis").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("simulate", XINAN, "--trace", "anhui@1999").code()).isEqualTo(ExitCode.USAGE);
    Path file = Files.writeString(dir.resolve("f"), "");
    assertThat(run("simulate", XINAN, "--out", file.toString()).code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void anAgreementWithErrorsIsExitOne(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.concord"), "agreement x\n  term 2012 to 2013 yearly\n  currency CNY\narticle 1\n  a pays 1 to b\n");
    Run r = run("simulate", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("error[C0101]");
  }
}
