package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalogue entries of the rule groups in this package, run as tests: for every code, its
 * failing example reports it on each line marked `-- expect: CODE`, and its fixed example
 * checks with no errors and without that code.
 */
class RuleExamplesTest {
  private static final List<String> RANGES = List.of("C03", "C05", "C06", "C07", "C08", "C09");
  private static final Pattern ENTRY = Pattern.compile("(?m)^### (C\\d{4}) — (.*)$");
  private static final Pattern SEVERITY = Pattern.compile("(?m)^Severity: (error|warning|note)\\.$");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(concord(?:-set)?)( expect=(C\\d{4}))?\\n(.*?)^```$");

  private static final Pattern SAYS = Pattern.compile("(?m)^```text\\n(?:error|warning|note)\\[(C\\d{4})\\]: (.*)\\n  = help: (.*)\\n```$");

  record Entry(String code, String title, String severity, String failing, String fixed, String message, String help) {}

  static Map<String, Entry> entries() throws IOException {
    String spec = Files.readString(Path.of("spec/diagnostics.md"), StandardCharsets.UTF_8);
    Map<String, Entry> entries = new LinkedHashMap<>();
    Matcher heading = ENTRY.matcher(spec);
    List<int[]> starts = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    while (heading.find()) {
      starts.add(new int[] {heading.start()});
      codes.add(heading.group(1));
      titles.add(heading.group(2));
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (RANGES.stream().noneMatch(code::startsWith)) continue;
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : spec.length();
      String body = spec.substring(starts.get(i)[0], end);
      int next = body.indexOf("\n## ");
      if (next >= 0) body = body.substring(0, next);
      String failing = null;
      String fixed = null;
      Matcher block = BLOCK.matcher(body);
      while (block.find()) {
        if (block.group(3) != null && block.group(3).equals(code)) failing = block.group(4);
        else if (block.group(2) == null) fixed = block.group(4);
      }
      Matcher severity = SEVERITY.matcher(body);
      Matcher says = SAYS.matcher(body);
      boolean said = says.find();
      entries.put(code, new Entry(code, titles.get(i), severity.find() ? severity.group(1) : null, failing, fixed,
          said ? says.group(2) : null, said ? says.group(3) : null));
    }
    return entries;
  }

  @Test
  void everyCodeOfTheseGroupsHasAnEntryWithBothExamples() throws IOException {
    Map<String, Entry> entries = entries();
    List<String> ours = Arrays.stream(Code.values()).map(Enum::name)
        .filter(c -> RANGES.stream().anyMatch(c::startsWith)).toList();
    assertThat(ours).hasSizeGreaterThanOrEqualTo(25);
    assertThat(entries.keySet()).containsExactlyElementsOf(ours);
    for (Entry e : entries.values()) {
      assertThat(e.title()).as("title of %s", e.code()).isEqualTo(Code.valueOf(e.code()).title());
      assertThat(e.severity()).as("severity of %s", e.code()).isEqualTo(Code.valueOf(e.code()).severity().label());
      assertThat(e.failing()).as("failing example of %s", e.code()).isNotNull();
      assertThat(e.fixed()).as("fixed example of %s", e.code()).isNotNull();
      assertThat(Examples.expectedLines(e.failing(), e.code())).as("`-- expect:` lines of %s", e.code()).isNotEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> failingExamplesReportTheirCodeOnTheMarkedLines() throws IOException {
    return entries().values().stream().map(e -> DynamicTest.dynamicTest(e.code() + " fails", () -> {
      List<String> reported = Examples.check(e.failing(), e.code()).stream().map(Examples::at).toList();
      assertThat(reported).as("%s reported at", e.code()).containsAll(Examples.expectedLines(e.failing(), e.code()));
      Diagnostic first = Examples.check(e.failing(), e.code()).get(0);
      assertThat(first.severity()).isEqualTo(Code.valueOf(e.code()).severity());
      assertThat(first.message()).as("message of %s as the catalogue shows it", e.code()).isEqualTo(e.message());
      assertThat(first.help()).as("help of %s as the catalogue shows it", e.code()).isEqualTo(e.help());
    }));
  }

  @TestFactory
  Stream<DynamicTest> fixedExamplesAreClean() throws IOException {
    return entries().values().stream().map(e -> DynamicTest.dynamicTest(e.code() + " fixed", () -> {
      List<Diagnostic> found = Examples.check(e.fixed());
      assertThat(found).as("errors in the fixed example of %s", e.code()).filteredOn(Diagnostic::isError).isEmpty();
      assertThat(found).as("%s in its fixed example", e.code()).noneMatch(d -> d.code().name().equals(e.code()));
    }));
  }

  /** Every example with one line removed, when it still parses, checks without throwing. */
  @Test
  void rulesNeverThrowOnMutilatedExamples() throws IOException {
    for (Entry e : entries().values()) {
      for (String block : List.of(e.failing(), e.fixed())) {
        if (block.contains("-- file:")) continue;
        String[] lines = block.split("\n");
        for (int skip = 0; skip < lines.length; skip++) {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < lines.length; i++) if (i != skip) text.append(lines[i]).append('\n');
          var parsed = org.concord.syntax.SourceParser.parse(new org.concord.diagnostic.SourceFile("m.concord", text.toString()));
          if (parsed.hasErrors() || parsed.agreement() == null) continue;
          org.concord.check.Checker.check(List.of(new org.concord.check.CheckUnit(parsed.agreement(), List.of())));
        }
      }
    }
  }
}
