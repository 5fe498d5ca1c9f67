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
import org.concord.ast.Agreement;
import org.concord.gen.AstShape;
import org.concord.gen.Parsing;
import org.concord.syntax.ParseResult;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter over every agreement the project has: `*.concord` files under `examples/`,
 * `spec/` and the test resources, and every fenced `concord` block in `spec/*.md` and README.md.
 * Each that parses cleanly (bad examples are skipped) must keep its meaning and its comments
 * when formatted, and formatting must be idempotent.
 */
class FormatterCorpusTest {
  private static final Pattern FENCE = Pattern.compile("(?m)^```concord[^\\n]*\\n(.*?)^```", Pattern.DOTALL);

  static Stream<Named<String>> agreements() throws IOException {
    List<Named<String>> out = new ArrayList<>();
    for (String root : List.of("examples", "spec", "src/test/resources")) {
      Path dir = Path.of(root);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted().toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".concord")) out.add(Named.of(p.toString(), Files.readString(p, StandardCharsets.UTF_8)));
          if (name.endsWith(".md")) blocks(p, out);
        }
      }
    }
    if (Files.exists(Path.of("README.md"))) blocks(Path.of("README.md"), out);
    return out.stream();
  }

  private static void blocks(Path markdown, List<Named<String>> out) throws IOException {
    Matcher m = FENCE.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
    int n = 0;
    while (m.find()) out.add(Named.of(markdown + " block " + ++n, m.group(1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void formattingKeepsMeaningAndCommentsAndIsIdempotent(String text) {
    ParseResult parsed = Parsing.parse(text);
    if (parsed.hasErrors() || parsed.agreement() == null) return; // a bad example, on purpose
    Agreement before = parsed.agreement();
    String once = Formatter.format(before, text);
    Agreement after = Parsing.clean(once);
    assertThat(AstShape.of(after)).as(once).isEqualTo(AstShape.of(before));
    assertThat(Formatter.format(after, once)).isEqualTo(once);
  }
}
