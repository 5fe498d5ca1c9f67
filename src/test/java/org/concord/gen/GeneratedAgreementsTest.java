package org.concord.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.concord.ast.Agreement;
import org.concord.report.Formatter;
import org.concord.syntax.ParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the parser and the formatter over random agreements ({@link AgreementGenerator}):
 * printed text parses cleanly to the AST it was printed from, formatting is idempotent, layout
 * does not matter, and comments survive in order. A failure names the seed and shows the smallest
 * agreement that still fails ({@link Shrinker}); rerun one seed with
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
    String problem = roundTripProblem(generated, seed);
    if (problem == null) return;
    Agreement small = Shrinker.shrink(generated, a -> roundTripProblem(a, seed) != null);
    fail("seed " + seed + " (rerun with -Dconcord.seed=" + seed + "): " + problem
        + "\n--- smallest failing agreement ---\n" + Formatter.format(small)
        + "--- its problem ---\n" + roundTripProblem(small, seed));
  }

  /**
   * What is wrong with printing, parsing and formatting this agreement, or null: printed text
   * must parse to the same AST and format to itself, and any layout of it must format back.
   */
  private static String roundTripProblem(Agreement generated, long seed) {
    Object meaning = AstShape.withoutComments(generated);
    String text = Formatter.format(generated);
    ParseResult parsed = Parsing.parse(text);
    if (!parsed.diagnostics().isEmpty() || parsed.agreement() == null) {
      return "printed text does not parse cleanly: " + parsed.diagnostics() + "\n--- text ---\n" + text;
    }
    if (!AstShape.withoutComments(parsed.agreement()).equals(meaning)) {
      return "printed text parses to another AST:\n" + AstShape.withoutComments(parsed.agreement()) + "\nnot\n" + meaning
          + "\n--- text ---\n" + text;
    }
    String again = Formatter.format(parsed.agreement(), text);
    if (!again.equals(text)) return "formatting is not idempotent:\n--- text ---\n" + text + "--- formatted ---\n" + again;

    String messy = TextScrambler.scramble(text, new SplittableRandom(seed));
    ParseResult reparsed = Parsing.parse(messy);
    if (!reparsed.diagnostics().isEmpty() || reparsed.agreement() == null) {
      return "re-laid-out text does not parse cleanly: " + reparsed.diagnostics() + "\n--- text ---\n" + messy;
    }
    if (!AstShape.withoutComments(reparsed.agreement()).equals(meaning)) {
      return "re-laid-out text parses to another AST\n--- text ---\n" + messy;
    }
    String canonical = Formatter.format(reparsed.agreement(), messy);
    if (!canonical.equals(text)) {
      return "re-laid-out text formats differently:\n--- text ---\n" + messy + "--- formatted ---\n" + canonical;
    }
    return null;
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
