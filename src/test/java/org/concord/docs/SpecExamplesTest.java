package org.concord.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Diagnostic;
import org.concord.report.DiagnosticText;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documentation is tested (STYLE.md): every fenced block tagged `concord` in spec/*.md and in
 * README.md goes through the full pipeline. A block tagged `concord` must give no errors; one
 * tagged `concord expect=C0301` must report C0301 (among any others). A block tagged
 * `concord file=NAME` is also written as NAME next to the doc's other blocks, so a later block
 * may `import "NAME"`. A block tagged `concord-set` holds several files, each after a line
 * `-- file: NAME`, checked together as one set (for the C09xx checks across agreements). Each
 * test is named `spec/language.md:123`, the line of the opening fence.
 */
class SpecExamplesTest {
  /** `concord` or `concord-set`, then attributes; not `concordance` or other languages. */
  private static final Pattern FENCE = Pattern.compile("^(`{3,}|~{3,})\\s*(concord|concord-set)(?=\\s|$)(.*)$");
  /** In a `concord-set` block, each file starts with a line `-- file: NAME`. */
  private static final Pattern SET_FILE = Pattern.compile("(?m)^--\\s*file:\\s*(\\S+)\\s*$");
  private static final Pattern EXPECT = Pattern.compile("\\bexpect=(C\\d{4})\\b");
  private static final Pattern FILE = Pattern.compile("\\bfile=([\\w./-]+)");

  @TempDir static Path work;

  /** One fenced block: where it is, what it expects, and its text. */
  record Block(String doc, int line, boolean set, String expect, String file, String text) {
    String where() {
      return doc + ":" + line;
    }
  }

  static List<Path> docs() throws IOException {
    List<Path> docs = new ArrayList<>();
    Path spec = Path.of("spec");
    if (Files.isDirectory(spec)) {
      try (Stream<Path> list = Files.list(spec)) {
        list.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
      }
    }
    if (Files.exists(Path.of("README.md"))) docs.add(Path.of("README.md"));
    return docs;
  }

  static List<Block> blocks(Path doc) throws IOException {
    List<String> lines = Files.readAllLines(doc);
    List<Block> blocks = new ArrayList<>();
    String name = doc.toString().replace('\\', '/');
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i).strip());
      if (!open.matches()) continue;
      String fence = open.group(1);
      boolean set = open.group(2).equals("concord-set");
      String info = open.group(3);
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      while (j < lines.size() && !lines.get(j).strip().startsWith(fence)) text.append(lines.get(j++)).append('\n');
      Matcher expect = EXPECT.matcher(info);
      Matcher file = FILE.matcher(info);
      blocks.add(new Block(name, i + 1, set, expect.find() ? expect.group(1) : null,
          file.find() ? file.group(1) : null, text.toString()));
      i = j;
    }
    return blocks;
  }

  @TestFactory
  Stream<DynamicTest> everyConcordBlockDoesWhatItSays() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : docs()) {
      Path folder = Files.createDirectories(work.resolve(doc.getFileName().toString().replace(".md", "")));
      List<Block> blocks = blocks(doc);
      // Named blocks are written first, so any block of the doc may import them.
      for (Block b : blocks) {
        if (b.file() != null && !b.set()) Files.writeString(folder.resolve(b.file()), b.text());
      }
      for (Block b : blocks) tests.add(DynamicTest.dynamicTest(b.where(), () -> check(folder, b)));
    }
    return tests.stream();
  }

  private static void check(Path folder, Block b) throws IOException {
    String stem = b.doc().replaceAll("[/\\\\]", "_").replace(".md", "") + "-" + b.line();
    List<Path> files = new ArrayList<>();
    if (b.set()) {
      Path dir = Files.createDirectories(folder.resolve(stem));
      Matcher m = SET_FILE.matcher(b.text());
      List<int[]> starts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      while (m.find()) {
        starts.add(new int[] {m.start(), m.end()});
        names.add(m.group(1));
      }
      assertThat(names).as("%s: a concord-set block needs `-- file: NAME` lines", b.where()).isNotEmpty();
      for (int k = 0; k < names.size(); k++) {
        int from = starts.get(k)[1];
        int to = k + 1 < names.size() ? starts.get(k + 1)[0] : b.text().length();
        Path f = dir.resolve(names.get(k));
        Files.createDirectories(f.getParent());
        Files.writeString(f, b.text().substring(from, to).replaceFirst("^\\R", ""));
        files.add(f);
      }
    } else {
      Path file = b.file() != null ? folder.resolve(b.file()) : folder.resolve(stem + ".concord");
      if (b.file() == null) Files.writeString(file, b.text());
      files.add(file);
    }
    CheckReport report = Workspace.check(files, ParseLimits.DEFAULT);
    String rendered = new DiagnosticText(report.sources()).render(report.diagnostics());
    if (b.expect() == null) {
      List<Diagnostic> errors = report.diagnostics().stream().filter(Diagnostic::isError).toList();
      assertThat(errors).as("%s must check without errors, but:%n%s", b.where(), rendered).isEmpty();
    } else {
      assertThat(report.diagnostics())
          .as("%s must report %s, but reported:%n%s", b.where(), b.expect(), rendered)
          .anyMatch(d -> d.code().name().equals(b.expect()));
    }
  }

  @Test
  void theDocsHaveExamples() throws IOException {
    long count = 0;
    for (Path doc : docs()) count += blocks(doc).size();
    assertThat(count).as("concord blocks in spec/ and README.md").isGreaterThan(10);
  }

  @Test
  void blocksAreFoundWithTheirLinesAndTags() throws IOException {
    Path doc = work.resolve("sample.md");
    Files.writeString(doc, """
        # Sample

        ```concord
        agreement a
        ```

        ```concord expect=C0002
        agreement "b
        ```
        ```concord file=registry.concord
        agreement r
        ```
        ```concord-set expect=C0901
        -- file: a.concord
        agreement a
        -- file: b.concord
        agreement b
        ```
        ```concordance
        not concord
        ```
        """);
    List<Block> blocks = blocks(doc);
    assertThat(blocks).extracting(Block::line).containsExactly(3, 7, 10, 13);
    assertThat(blocks).extracting(Block::expect).containsExactly(null, "C0002", null, "C0901");
    assertThat(blocks).extracting(Block::set).containsExactly(false, false, false, true);
    assertThat(blocks.get(2).file()).isEqualTo("registry.concord");
    assertThat(blocks.get(0).text()).isEqualTo("agreement a\n");
  }
}
