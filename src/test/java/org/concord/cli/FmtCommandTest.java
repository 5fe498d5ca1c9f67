package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final String MESSY = "agreement demo \"Demo\" term 2012 to 2014 yearly\n"
      + "parties a level province b level province\n"
      + "article 1 \"Pay\" a pays (1+2)*3 to b   -- three times three\n";
  private static final String FORMATTED = """
      agreement demo "Demo"
        term 2012 to 2014 yearly

      parties
        a level province
        b level province

      article 1 "Pay"
        a pays (1 + 2) * 3 to b -- three times three
      """;
  private static final String BROKEN = "agreement demo\narticle 1 a pays to b\n";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void rewritesAFileInPlace() throws Exception {
    Path file = write("demo.concord", MESSY);
    assertThat(run("fmt", file.toString())).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).isEqualTo(FORMATTED);
    assertThat(out.toString()).isEmpty();
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file left behind").containsExactly(file);
    }
  }

  @Test
  void checkListsUnformattedFilesAndChangesNothing() throws Exception {
    Path messy = write("messy.concord", MESSY);
    Path tidy = write("tidy.concord", FORMATTED);
    assertThat(run("fmt", "--check", dir.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(out.toString()).contains("messy.concord").doesNotContain("tidy.concord");
    assertThat(Files.readString(messy)).isEqualTo(MESSY);
    assertThat(Files.readString(tidy)).isEqualTo(FORMATTED);
  }

  @Test
  void checkPassesWhenEverythingIsFormatted() throws Exception {
    Path tidy = write("tidy.concord", FORMATTED);
    assertThat(run("fmt", "--check", tidy.toString())).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void directoriesAreWalkedForConcordFilesOnly() throws Exception {
    Path nested = write("sub/deeper/a.concord", MESSY);
    Path other = write("sub/notes.txt", MESSY);
    assertThat(run("fmt", dir.toString())).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(nested)).isEqualTo(FORMATTED);
    assertThat(Files.readString(other)).isEqualTo(MESSY);
  }

  @Test
  void aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws Exception {
    Path broken = write("broken.concord", BROKEN);
    Path messy = write("messy.concord", MESSY);
    assertThat(run("fmt", dir.toString())).isEqualTo(ExitCode.FINDINGS);
    assertThat(err.toString()).contains("error[C0001]").contains("broken.concord:2:");
    assertThat(Files.readString(broken)).isEqualTo(BROKEN);
    assertThat(Files.readString(messy)).as("the other files are still formatted").isEqualTo(FORMATTED);
  }

  @Test
  void aMissingPathIsAUsageError() {
    assertThat(run("fmt", dir.resolve("nope.concord").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("no such file or directory");
  }

  @Test
  void dashFormatsStandardInputToStandardOutput() {
    assertThat(withStdin(MESSY, () -> run("fmt", "-"))).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).isEqualTo(FORMATTED);
  }

  @Test
  void dashWithCheckOnlyReports() {
    assertThat(withStdin(MESSY, () -> run("fmt", "--check", "-"))).isEqualTo(ExitCode.FINDINGS);
    assertThat(out.toString()).isEqualTo("<stdin>\n");
  }

  @Test
  void brokenStandardInputPrintsDiagnostics() {
    assertThat(withStdin(BROKEN, () -> run("fmt", "-"))).isEqualTo(ExitCode.FINDINGS);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).contains("<stdin>:2:");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static int withStdin(String text, java.util.function.IntSupplier body) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return body.getAsInt();
    } finally {
      System.setIn(saved);
    }
  }
}
