package org.concord.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.concord.gen.TextScrambler;
import org.concord.gen.ValidAgreements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written lexer makes the tokens of the grammar's lexer rules, as ANTLR's generated lexer
 * does: on every agreement the project has, on generated and scrambled agreements, on random text
 * over the characters the rules care about, and on the corner cases of longest match.
 */
class SourceLexerTest {
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.concord.gen.Corpus#agreements")
  void everyAgreementOfTheProject(String text) {
    assertThat(LexerComparison.difference(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", " ", "\n", "\r\n", "\f", "a", "_", "_1", "agreement", "agreements", "agreement2", "pro-rata", "pro-ratas",
    "pro-rat", "pro-", "non-binding", "non-bindingly", "non-", "non", "x-y", "2013", "2013Q1", "2013Q4", "2013Q5",
    "2013Q", "2013Q12", "2013-04", "2013-4", "2013-", "20131-04", "201-04", "2013-04-01", "1_000", "1_", "1__0",
    "1_000.5", "1.", "1.5.5", "1._5", ".5", "12%", "12 %", "12\t \t%", "12\n%", "1_0.25 %", "2013-04%", "-", "--",
    "---", "-- comment\nx", "--\r\nx", "a--b", "<", "<=", "<==", ">", ">=", "!", "!=", "!==", "=", "==", "%", "%%",
    "\"", "\"\"", "\"abc\"", "\"abc", "\"abc\n\"", "\"a\\\"b\"", "\"a\\\\\"", "\"a\\", "\"a\\\n", "\"a\\\r\n", "\"\\",
    "\"é😀\"", "😀", "é", "\uD800", "a\uDC00b", "\"\uD800\"", "x\u00A0y", "line\nnext\rsame\r\nthird", "a\tb",
    "Q1", "2013Qx", "(a, b)[c]:d*e/f+g", "pays 10 % of x", "1_000_000.00"
  })
  void cornerCasesOfLongestMatch(String text) {
    assertThat(LexerComparison.difference(text)).isNull();
  }

  @Test
  void generatedAndScrambledAgreements() {
    SplittableRandom random = new SplittableRandom(11);
    for (long seed = 0; seed < 200; seed++) {
      String text = ValidAgreements.text(seed);
      assertThat(LexerComparison.difference(text)).as("agreement %d", seed).isNull();
      String scrambled = TextScrambler.scramble(text, random);
      assertThat(LexerComparison.difference(scrambled)).as("scrambled %d:%n%s", seed, scrambled).isNull();
    }
  }

  @Test
  void randomTextOverTheCharactersTheRulesCareAbout() {
    String[] pieces = {"a", "Q", "Q1", "_", "pro-rata", "non-binding", "pro", "-", "--", "0", "2013", "9", ".", "%",
        " ", "\t", "\n", "\r", "\f", "\"", "\\", "<", "=", ">", "!", "(", ")", ",", "é", "😀", "\uD800", "agreement"};
    SplittableRandom random = new SplittableRandom(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(pieces.length)]);
      String text = b.toString();
      assertThat(LexerComparison.difference(text)).as("round %d: %s", round, text).isNull();
    }
  }
}
