package org.concord.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.ast.Agreement;
import org.concord.gen.AstShape;
import org.concord.gen.Parsing;
import org.concord.syntax.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter over every agreement the project has: `*.concord` files under `examples/`,
 * `spec/` and the test resources, and every fenced `concord` block in `spec/*.md` and README.md.
 * Each that parses cleanly (bad examples are skipped) must keep its meaning and its comments
 * when formatted, and formatting must be idempotent.
 */
class FormatterCorpusTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.concord.gen.Corpus#agreements")
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
