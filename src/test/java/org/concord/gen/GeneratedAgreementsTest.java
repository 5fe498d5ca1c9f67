package org.concord.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.concord.ast.Agreement;
import org.concord.report.Formatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the parser and the formatter over random agreements ({@link AgreementGenerator}):
 * printed text parses cleanly to the AST it was printed from, formatting is idempotent, layout
 * does not matter, and comments survive in order. A failure names the seed; rerun one seed with
 * `-Dtest=GeneratedAgreementsTest -Dconcord.seed=N`, or more seeds with `-Dconcord.seeds=N`.
 */
class GeneratedAgreementsTest {
  static LongStream seeds() {
    return seeds(1000);
  }

  /** Comment placement costs two parses a seed; fewer seeds keep the suite fast. */
  static LongStream commentSeeds() {
    return seeds(300);
  }

  private static LongStream seeds(long usual) {
    String one = System.getProperty("concord.seed");
    if (one != null) return LongStream.of(Long.parseLong(one));
    return LongStream.range(0, Long.getLong("concord.seeds", usual));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void printedTextParsesBackToTheSameAgreementWhateverItsLayout(long seed) {
    Agreement generated = new AgreementGenerator(seed).agreement();
    Object meaning = AstShape.withoutComments(generated);
    String text = Formatter.format(generated);

    Agreement parsed = Parsing.clean(text);
    assertThat(AstShape.withoutComments(parsed)).as(explain(seed, text)).isEqualTo(meaning);
    assertThat(Formatter.format(parsed, text)).as("idempotence, " + explain(seed, text)).isEqualTo(text);

    String messy = TextScrambler.scramble(text, new SplittableRandom(seed));
    Agreement reparsed = Parsing.clean(messy);
    assertThat(AstShape.withoutComments(reparsed)).as(explain(seed, messy)).isEqualTo(meaning);
    assertThat(Formatter.format(reparsed, messy)).as("canonical layout, " + explain(seed, messy)).isEqualTo(text);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("commentSeeds")
  void commentsSurviveInOrderAndFormattingIsIdempotent(long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<String> added = new ArrayList<>();
    String commented = TextScrambler.withComments(new AgreementGenerator(seed).text(), random, added);
    String messy = random.nextBoolean() ? TextScrambler.scramble(commented, random) : commented;
    Agreement before = Parsing.clean(messy);
    String once = Formatter.format(before, messy);
    Agreement after = Parsing.clean(once);
    assertThat(Parsing.commentTexts(after)).as(explain(seed, messy)).isEqualTo(added);
    assertThat(AstShape.withoutComments(after)).as(explain(seed, messy)).isEqualTo(AstShape.withoutComments(before));
    assertThat(Formatter.format(after, once)).as(explain(seed, messy) + "\n--- formatted once ---\n" + once)
        .isEqualTo(once);
  }

  private static String explain(long seed, String text) {
    return "seed " + seed + " (rerun with -Dconcord.seed=" + seed + ")\n--- text ---\n" + text;
  }
}
