package org.concord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as spec/cli.md describes it: verbs, flags, exit codes and output shapes. */
class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static final String BROKEN = """
      agreement broken "Broken"
        term 2012 to 2014 yearly
      parties
        central "Central" level national
        anhui "Anhui" level province
      article 1 "Subsidy"
        central pays to anhui
      """;

  @Test
  void checkExamplesExitsZero() {
    Run r = run("check", "examples/");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("0 errors");
  }

  /**
   * `check PATH...` and `version` skip picocli for start-up time (Main.fastPath); `--format text`
   * says the same through picocli, as `check -V` prints the version. Both routes must print the same, byte for
   * byte, and exit the same, for clean files, findings, a missing file and a directory.
   */
  @Test
  void checkWithoutFlagsGivesWhatPicocliGives() throws IOException {
    Path broken = write("broken.concord", BROKEN);
    List<List<String>> paths = List.of(List.of("examples/"), List.of(broken.toString()),
        List.of("examples/xinan_river.concord", broken.toString()), List.of(dir.resolve("missing.concord").toString()));
    for (List<String> p : paths) {
      List<String> fast = new java.util.ArrayList<>(List.of("check"));
      fast.addAll(p);
      List<String> slow = new java.util.ArrayList<>(List.of("check", "--format", "text"));
      slow.addAll(p);
      assertThat(run(fast.toArray(String[]::new))).as("check %s", p).isEqualTo(run(slow.toArray(String[]::new)));
    }
    assertThat(run("version")).isEqualTo(run("check", "-V"));
  }

  @Test
  void syntaxErrorExitsOneWithLocationSourceLineCaretAndHelp() throws IOException {
    Path file = write("broken.concord", BROKEN);
    Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out())
        .contains("error[C0001]")
        .contains("broken.concord:7:16")
        .contains("  central pays to anhui")
        .contains("^^")
        .contains("help:")
        .contains("1 error");
  }

  @Test
  void missingFileExitsTwo() {
    Run r = run("check", dir.resolve("nowhere.concord").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no such file or directory");
    assertThat(run("parse", "--ast-json", dir.resolve("nowhere.concord").toString()).code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void unknownFlagOrVerbExitsTwo() {
    Run r = run("check", "--no-such-flag", "examples/");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--no-such-flag").contains("--help");
    assertThat(run("frobnicate").code()).isEqualTo(ExitCode.USAGE);
    assertThat(run("check").code()).as("no PATH").isEqualTo(ExitCode.USAGE);
    assertThat(run("check", "--format", "yaml", "examples/").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void jsonFormatHasTheDocumentedShape() throws IOException {
    Path file = write("broken.concord", BROKEN);
    Run r = run("check", "--format", "json", file.toString(), "examples/xinan_river.concord");
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("files").asInt()).isEqualTo(2);
    assertThat(root.get("errors").asInt()).isEqualTo(1);
    assertThat(root.get("warnings").asInt()).isZero();
    JsonNode d = root.get("diagnostics").get(0);
    assertThat(d.get("code").asText()).isEqualTo("C0001");
    assertThat(d.get("severity").asText()).isEqualTo("error");
    assertThat(d.get("message").asText()).isNotBlank();
    assertThat(d.get("help").asText()).isNotBlank();
    JsonNode span = d.get("span");
    assertThat(span.get("file").asText()).endsWith("broken.concord");
    assertThat(span.get("line").asInt()).isEqualTo(7);
    assertThat(span.get("column").asInt()).isEqualTo(16);
    assertThat(span.get("endLine").asInt()).isEqualTo(7);
    assertThat(span.get("endColumn").asInt()).isEqualTo(18);
    assertThat(d.get("related").isArray()).isTrue();
  }

  @Test
  void jsonFormatOfACleanRun() throws IOException {
    Run r = run("check", "--format", "json", "examples/");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("errors").asInt()).isZero();
    assertThat(root.get("diagnostics").size()).isEqualTo(root.get("warnings").asInt());
  }

  @Test
  void parseAstJsonNamesNodeKinds() throws IOException {
    Run r = run("parse", "--ast-json", "examples/xinan_river.concord");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("header").get("id").get("text").asText()).isEqualTo("xinan_river");
    assertThat(root.get("declarations").get(0).get("node").asText()).isEqualTo("Parties");
    assertThat(r.out()).contains("\"node\" : \"Payment\"", "\"node\" : \"Conditional\"", "\"node\" : \"DisputeRoute\"",
        "\"node\" : \"TestCase\"");
  }

  @Test
  void parseOfABrokenFileExitsOneWithDiagnostics() throws IOException {
    Run r = run("parse", "--ast-json", write("broken.concord", BROKEN).toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("error[C0001]");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void versionExitsZero() {
    Run r = run("version");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("concord ");
    Run flag = run("check", "-V");
    assertThat(flag.code()).isEqualTo(ExitCode.OK);
    assertThat(flag.out()).isEqualTo(r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "parse", "version", "explain"})
  void helpOnEveryVerbExitsZero(String verb) {
    Run r = run(verb, "--help");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Usage:").contains(verb);
  }

  @Test
  void helpOfTheWholeCommand() {
    assertThat(run("--help").code()).isEqualTo(ExitCode.OK);
    assertThat(run("help").code()).isEqualTo(ExitCode.OK);
    assertThat(run().out()).contains("check");
  }

  @Test
  void limitFlagsAreHonoured() throws IOException {
    Path file = write("deep.concord",
        "agreement d \"D\" term 2012 to 2014 yearly currency CNY millions\n"
            + "parties a \"A\" level province b \"B\" level province\n"
            + "article 1 a pays ((((1)))) + 12345 to b\n"
            + "article 2 disputes go to consultation between a and b within 1 month, binding\n");
    assertThat(run("check", file.toString()).code()).isEqualTo(ExitCode.OK);
    Run size = run("check", "--max-file-size", "10", file.toString());
    assertThat(size.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(size.out()).contains("C0008");
    Run depth = run("check", "--max-depth", "3", file.toString());
    assertThat(depth.out()).contains("C0007");
    Run digits = run("check", "--max-digits", "4", file.toString());
    assertThat(digits.out()).contains("C0009");
    assertThat(run("check", "--max-depth", "many", file.toString()).code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void aFileThatIsNotUtf8IsC0005() throws IOException {
    Path file = dir.resolve("latin1.concord");
    Files.write(file, new byte[] {'a', 'g', (byte) 0xE9, (byte) 0xFF, '\n'});
    Run r = run("check", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("C0005").contains("not UTF-8");
  }

  @Test
  void werrorMakesWarningsFail() throws IOException {
    assertThat(run("check", "--werror", "examples/xinan_river.concord").code()).isEqualTo(ExitCode.OK);
    String unused = Files.readString(Path.of("examples/xinan_river.concord"))
        .replace("\nfund basin", "\ndefine unused_stake = 100\n\nfund basin");
    Path file = write("unused.concord", unused);
    Run warned = run("check", file.toString());
    assertThat(warned.code()).isEqualTo(ExitCode.OK);
    assertThat(warned.out()).contains("C0109");
    assertThat(run("check", "--werror", file.toString()).code()).isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void explainPrintsACatalogueEntry() {
    Run r = run("explain", "C0002");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("### C0002");
    assertThat(run("explain", "X1").code()).isEqualTo(ExitCode.USAGE);
  }
}
