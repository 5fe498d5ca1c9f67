package org.concord.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.concord.api.Agreement;
import org.concord.api.Concord;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the checker over generated agreements (1,000 seeds each): a well-formed agreement
 * checks with no errors, and the same agreement with one share line moved away from 100% is
 * always caught. A failure names the seed; rerun it with the generator's seed.
 */
class GeneratedAgreementsCheckTest {
  static LongStream seeds() {
    return LongStream.range(0, 1_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedAgreementsCheckWithoutErrors(long seed) {
    String text = ValidAgreements.text(seed);
    Agreement checked = Concord.fromText("generated-" + seed + ".concord", text);
    List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).as("seed %s:\n%s", seed, text).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aShareMovedAwayFrom100PercentIsAlwaysCaught(long seed) {
    String text = ValidAgreements.text(seed);
    java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^(\\s+)(\\d+(?:\\.\\d+)?)% to ").matcher(text);
    if (!line.find()) return; // this agreement has no share
    String mutated = text.substring(0, line.start(2)) + new java.math.BigDecimal(line.group(2)).add(java.math.BigDecimal.ONE)
        .toPlainString() + text.substring(line.end(2));
    Agreement checked = Concord.fromText("mutated-" + seed + ".concord", mutated);
    assertThat(checked.diagnostics()).extracting(Diagnostic::code)
        .as("seed %s:\n%s", seed, mutated).containsAnyOf(Code.C0302, Code.C0303, Code.C0307);
  }
}
