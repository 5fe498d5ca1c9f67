package org.concord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import org.junit.jupiter.api.Test;

/** The generators are deterministic and write agreements that parse without errors. */
class GenerateAgreementsTest {
  @Test
  void theSameSeedGivesTheSameFiles() {
    assertThat(GenerateAgreements.generate(3, 5)).isEqualTo(GenerateAgreements.generate(3, 5));
    assertThat(GenerateAgreements.generate(3, 5)).isNotEqualTo(GenerateAgreements.generate(4, 5));
  }

  @Test
  void generatedAgreementsParseWithoutErrors() {
    List<GenerateAgreements.Source> set = GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, 40);
    for (GenerateAgreements.Source s : set) {
      ParseResult parsed = SourceParser.parse(new SourceFile(s.name(), s.text()));
      assertThat(parsed.diagnostics()).as(s.name()).isEmpty();
      assertThat(parsed.agreement()).as(s.name()).isNotNull();
    }
  }

  @Test
  void theDefaultSetIsAboutThreeHundredThousandLines() {
    long lines = GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, 200).stream()
        .mapToLong(GenerateAgreements.Source::lines).sum();
    assertThat(lines * 10).isBetween(250_000L, 350_000L);
  }

  @Test
  void theCompactsAndTheXinanCopyParseWithoutErrors() {
    for (String[] f : new String[][] {{"compact.concord", Compact.standard().text()},
        {"small.concord", Compact.generate(9, 7, 3).text()}, {Xinan.FILE, Xinan.text()}}) {
      ParseResult parsed = SourceParser.parse(new SourceFile(f[0], f[1]));
      assertThat(parsed.diagnostics()).as(f[0]).isEmpty();
    }
    assertThat(Compact.standard().text()).isEqualTo(Compact.standard().text());
  }
}
