package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs spec/reliability.md promises to survive: each ends in its diagnostic and exit code 1
 * within seconds, through the real command line, never in a stack trace.
 */
class ExtremeInputsTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run within10s(String... args) {
    return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(args));
  }

  @Test
  void tenThousandNestedParentheses() throws Exception {
    Path file = dir.resolve("deep.concord");
    Files.writeString(file, "agreement d \"D\"\n  term 2012 to 2014 yearly\n  currency CNY millions\ndefine x = "
        + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
    Run r = within10s("check", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("C0007").doesNotContain("Exception");
  }

  @Test
  void aHundredMegabyteAgreementIsRefusedBeforeItIsRead() throws Exception {
    Path file = dir.resolve("huge.concord");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L * 1024 * 1024); // sparse: the size is real, the disk cost is not
    }
    Run r = within10s("check", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("C0008").contains("104857600 bytes");
  }

  @Test
  void aScenarioWithATenMegabyteNumber() throws Exception {
    Path scenario = dir.resolve("big.scenario.json");
    Files.writeString(scenario, "{\"inputs\": {\"P\": {\"2012\": " + "9".repeat(10 * 1024 * 1024) + "}}}");
    Run r = within10s("simulate", "examples/xinan_river.concord", "--scenario", scenario.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("C1012").contains("more than the limit").doesNotContain("StreamReadConstraints");
  }

  @Test
  void aYamlAliasBomb() throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (String name : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      bomb.append(name).append(": &").append(name).append(" [")
          .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = name;
    }
    bomb.append("inputs:\n  P: *i\n");
    Path scenario = dir.resolve("bomb.scenario.yaml");
    Files.writeString(scenario, bomb.toString());
    Run r = within10s("simulate", "examples/xinan_river.concord", "--scenario", scenario.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("C1012");
  }

  @Test
  void anOutputPathThatCannotBeWrittenIsAUsageErrorNotABug() throws Exception {
    Path blocker = dir.resolve("a-file");
    Files.writeString(blocker, "x");
    Run r = run("simulate", "examples/xinan_river.concord", "--out", blocker.resolve("out").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("concord: cannot use `").doesNotContain("internal error").doesNotContain("Exception");
    Run sarif = run("check", "--sarif", blocker.resolve("x.sarif").toString(), "examples/xinan_river.concord");
    assertThat(sarif.code()).isEqualTo(ExitCode.USAGE);
  }
}
