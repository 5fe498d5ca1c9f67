package org.concord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;
import org.junit.jupiter.api.Test;

/**
 * The generators are deterministic and write agreements that parse without errors, and the
 * agreement set checks clean as one workspace, as a real repository of agreements would.
 */
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

  /**
   * The first 200 files of the benchmark's set, checked together the way {@link ParseCheckBench}
   * checks them (so the cross-file rules see them as one set), give no diagnostic at all.
   */
  @Test
  void theGeneratedSetChecksCleanAsOneWorkspace() {
    List<CheckUnit> units = new ArrayList<>();
    for (GenerateAgreements.Source s : GenerateAgreements.generate(GenerateAgreements.DEFAULT_SEED, 200)) {
      ParseResult parsed = SourceParser.parse(new SourceFile(s.name(), s.text()));
      assertThat(parsed.diagnostics()).as(s.name()).isEmpty();
      units.add(new CheckUnit(parsed.agreement(), List.of()));
    }
    CheckResult result = Checker.check(units);
    Map<String, Integer> codes = new TreeMap<>();
    for (Diagnostic d : result.diagnostics()) codes.merge(d.code().name(), 1, Integer::sum);
    assertThat(result.diagnostics())
        .as(() -> "codes " + codes + "; first: " + result.diagnostics().stream().limit(5)
            .map(d -> d.span().file() + " " + d.code() + " " + d.message()).toList())
        .isEmpty();
    assertThat(result.models()).hasSize(200);
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
