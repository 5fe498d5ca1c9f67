package org.concord.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concord.gen.AstShape;
import org.concord.gen.Parsing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each `src/test/resources/fmt/NAME.input.concord` formats to exactly
 * `NAME.expected.concord`. Run with `-Dconcord.regenerate=true` to rewrite the expected files,
 * then review the diff.
 */
class FormatterGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/fmt");

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      List<Path> list = files.filter(p -> p.getFileName().toString().endsWith(".input.concord")).sorted().toList();
      return list.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void formatsToTheExpectedText(Path input) throws IOException {
    String text = Files.readString(input, StandardCharsets.UTF_8);
    String formatted = Parsing.format(text);
    Path expectedFile = DIR.resolve(input.getFileName().toString().replace(".input.", ".expected."));
    if (Boolean.getBoolean("concord.regenerate")) Files.writeString(expectedFile, formatted, StandardCharsets.UTF_8);
    assertThat(formatted).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    assertThat(Parsing.format(formatted)).as("formatting the expected text changes nothing").isEqualTo(formatted);
    assertThat(AstShape.of(Parsing.clean(formatted))).as("same meaning and the same comments")
        .isEqualTo(AstShape.of(Parsing.clean(text)));
  }

  /** spec/formatting.md shows an agreement and then its formatted text: they must agree. */
  @Test
  void theSpecExampleIsTrue() throws IOException {
    Matcher m = Pattern.compile("(?m)^```concord\\n(.*?)^```", Pattern.DOTALL)
        .matcher(Files.readString(Path.of("spec/formatting.md"), StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) blocks.add(m.group(1));
    assertThat(blocks).hasSize(2);
    assertThat(Parsing.format(blocks.get(0))).isEqualTo(blocks.get(1));
  }
}
