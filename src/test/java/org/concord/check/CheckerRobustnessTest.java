package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import org.junit.jupiter.api.Test;

/**
 * The checker is total: over thousands of agreements made by swapping words and numbers of the
 * spec's examples (seeded, so failures reproduce), it never throws, and checking the same
 * agreement twice gives the same diagnostics and the same model.
 */
class CheckerRobustnessTest {
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```concord[^\\n]*\\n(.*?)^```");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d{4}(Q[1-4]|-\\d\\d)?|\\d+(\\.\\d+)?%?");

  @Test
  void mutatedExamplesNeverBreakTheChecker() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher b = BLOCK.matcher(Files.readString(Path.of("spec/diagnostics.md")));
    while (b.find()) blocks.add(b.group(1));
    blocks.add(ModelBuilderTest.XINAN);
    List<String> words = new ArrayList<>();
    for (String block : blocks) {
      Matcher t = TOKEN.matcher(block);
      while (t.find()) words.add(t.group());
    }
    Random random = new Random(20121);
    int checked = 0;
    for (int round = 0; round < 2000; round++) {
      String text = mutate(blocks.get(random.nextInt(blocks.size())), words, random);
      ParseResult parsed = SourceParser.parse(new SourceFile("fuzz.concord", text));
      if (parsed.hasErrors() || parsed.agreement() == null) continue;
      List<CheckUnit> units = List.of(new CheckUnit(parsed.agreement(), List.of()));
      CheckResult first = Checker.check(units);
      CheckResult second = Checker.check(units);
      assertThat(second.diagnostics()).as(text).isEqualTo(first.diagnostics());
      assertThat(second.models()).as(text).isEqualTo(first.models());
      checked++;
    }
    // Guards against a vacuous run; the share that parses depends on the spec's examples (~19% today).
    assertThat(checked).as("mutants that parsed").isGreaterThan(300);
  }

  private static String mutate(String text, List<String> words, Random random) {
    List<int[]> spans = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) spans.add(new int[] {t.start(), t.end()});
    if (spans.isEmpty()) return text;
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int[] s = spans.get(random.nextInt(spans.size()));
      String word = words.get(random.nextInt(words.size()));
      if (s[1] <= out.length()) out.replace(s[0], s[1], word);
      spans.clear();
      Matcher again = TOKEN.matcher(out);
      while (again.find()) spans.add(new int[] {again.start(), again.end()});
    }
    return out.toString();
  }
}
