package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the names, types and periods codes in spec/diagnostics.md: each failing
 * example reports its code on the line marked `-- expect: CODE`, and the fixed example after it
 * checks without errors and without that code.
 */
class DiagnosticExamplesTest {
  private static final Path SPEC = Path.of("spec/diagnostics.md");
  private static final Pattern ENTRY = Pattern.compile("(?m)^### (C0[124]\\d\\d) — ");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```concord( expect=(C\\d{4}))?\\n(.*?)^```");

  record Example(Code code, String failing, String fixed) {}

  static List<Example> examples() throws IOException {
    String text = Files.readString(SPEC);
    List<Example> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start()});
      codes.add(m.group(1));
    }
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[0];
      int to = text.length();
      for (String next : List.of("\n## ", "\n### ")) {
        int at = text.indexOf(next, from + 1);
        if (at >= 0) to = Math.min(to, at);
      }
      String entry = text.substring(from, to);
      Matcher b = BLOCK.matcher(entry);
      String failing = null;
      String fixed = null;
      while (b.find()) {
        if (b.group(2) != null) failing = b.group(3);
        else if (failing != null && fixed == null) fixed = b.group(3);
      }
      if (failing != null) out.add(new Example(Code.valueOf(codes.get(i)), failing, fixed));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleFailsWhereMarkedAndItsFixIsClean() throws IOException {
    return examples().stream().map(e -> DynamicTest.dynamicTest(e.code().name(), () -> {
      Checked bad = Checked.of(e.failing());
      List<Diagnostic> found = bad.diagnostics().stream().filter(d -> d.code() == e.code()).toList();
      assertThat(found).as("%s in %s", e.code(), bad.diagnostics()).isNotEmpty();
      int line = markedLine(e.failing(), e.code());
      assertThat(found).extracting(d -> d.span().line()).as("line of %s", e.code()).contains(line);
      assertThat(e.fixed()).as("fixed example of %s", e.code()).isNotNull();
      Checked good = Checked.of(e.fixed());
      assertThat(good.errors()).as("errors in the fix of %s", e.code()).isEmpty();
      assertThat(good.codes()).doesNotContain(e.code());
      assertThat(good.model()).isNotNull();
    }));
  }

  @Test
  void everyNamesTypesAndPeriodsCodeIsDocumented() throws IOException {
    String text = Files.readString(SPEC);
    for (Code c : Code.values()) {
      String n = c.name();
      if (n.startsWith("C01") || n.startsWith("C02") || n.startsWith("C04")) {
        assertThat(text).as("entry for %s", n).contains("### " + n + " — ");
      }
    }
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(45);
  }

  private static int markedLine(String block, Code code) {
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) if (lines[i].contains("-- expect: " + code.name())) return i + 1;
    throw new AssertionError("no `-- expect: " + code.name() + "` line in the example");
  }
}
