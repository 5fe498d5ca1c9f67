package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class ConditionCoverageTest {
  private static String agreement(String inputs, String body) {
    return """
        agreement xinan "Xin'an"
          term 2024 to 2026 yearly
          currency CNY millions
        parties
          central  "Ministry of Finance" level national
          anhui    "Anhui Province" level province
          zhejiang "Zhejiang Province" level province
        inputs
        """ + inputs + "\narticle 1 \"Compensation\"\n" + body;
  }

  private static final String P = "  P \"index\" : number in [0, 5]\n";

  private static List<Diagnostic> c05(String inputs, String body) {
    return Examples.check(agreement(inputs, body)).stream().filter(d -> d.code().name().startsWith("C05")).toList();
  }

  @Test
  void namesTheGapBetweenTwoBranchesOfAChain() {
    List<Diagnostic> found = c05(P, """
          if P <= 1 then zhejiang pays 100 to anhui
          else if P > 1.2 then anhui pays 100 to zhejiang
          end
        """);
    assertThat(found).extracting(d -> d.code().name()).containsExactly("C0501");
    assertThat(found.get(0).message()).isEqualTo("the conditions on `P` leave `1 < P <= 1.2` uncovered");
    assertThat(found.get(0).span().line()).isEqualTo(12);
  }

  @Test
  void aTailBeyondEveryBranchIsNotAGap() {
    assertThat(c05(P, """
          if P <= 1 then zhejiang pays 100 to anhui
          else if P > 1 and P <= 3 then anhui pays 100 to zhejiang
          end
        """)).isEmpty();
    assertThat(c05(P, "  if P > 1.2 then anhui pays 100 to zhejiang end\n")).isEmpty();
  }

  @Test
  void missingTheEndOfTheRangeByOneValueIsAGap() {
    List<Diagnostic> found = c05(P, """
          if P <= 1 then zhejiang pays 100 to anhui
          else if P > 1 and P < 5 then anhui pays 100 to zhejiang
          end
        """);
    assertThat(found).extracting(Diagnostic::message).containsExactly("the conditions on `P` leave `P = 5` uncovered");
  }

  @Test
  void aPercentInputIsDescribedInPercent() {
    List<Diagnostic> found = c05("  growth \"Growth\" : percent in [-10%, 30%]\n", """
          if growth < 0% then anhui pays 50 to zhejiang
          else if growth >= 0% and growth < 10% then anhui pays 20 to zhejiang
          else if growth > 10% then anhui pays 5 to zhejiang
          end
          if growth > 40% then anhui pays 1 to zhejiang end
        """);
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "the conditions on `growth` leave `growth = 10%` uncovered",
        "this condition never holds for `growth` in [-10%, 30%]");
  }

  @Test
  void separateIfsOnOneInputAreOneGroup() {
    List<Diagnostic> found = c05(P, """
          if P < 1 then zhejiang pays 100 to anhui end
          if P > 1 then anhui pays 100 to zhejiang end
        """);
    assertThat(found).extracting(d -> d.code().name()).containsExactly("C0501");
    assertThat(found.get(0).message()).contains("`P = 1`");
    assertThat(found.get(0).related()).hasSize(1);
  }

  @Test
  void aCountHasNoValuesBetweenWholeNumbers() {
    String n = "  n \"Enterprises relocated\" : count in [0, 100]\n";
    assertThat(c05(n, """
          if n <= 2 then zhejiang pays 100 to anhui
          else if n >= 3 then anhui pays 100 to zhejiang
          end
        """)).isEmpty();
    assertThat(c05(n, "  if n > 2 and n < 3 then anhui pays 1 to zhejiang end\n"))
        .extracting(d -> d.code().name()).containsExactly("C0505");
  }

  @Test
  void whatCannotBeAnalysedIsLeftAlone() {
    String pq = P + "  Q \"other\" : number in [0, 5]\n";
    assertThat(c05(pq, """
          if P < Q then zhejiang pays 100 to anhui
          else if P > 1 and Q > 2 then anhui pays 100 to zhejiang
          end
          if undefined_input < 1 then anhui pays 1 to zhejiang end
          if P * 2 < 1 then anhui pays 1 to zhejiang end
        """)).isEmpty();
  }

  @Test
  void notOrAndFlippedComparisonsAreUnderstood() {
    assertThat(c05(P, """
          if not (P < 1) or 1 > P then zhejiang pays 100 to anhui end
        """)).extracting(d -> d.code().name()).containsExactly("C0504");
    assertThat(c05(P, """
          if 1 < P and P != 3 then zhejiang pays 100 to anhui
          else if P = 3 then anhui pays 100 to zhejiang
          else anhui pays 5 to zhejiang
          end
        """)).isEmpty();
  }

  @Test
  void aDefinitionIsAVariableWithAnyValue() {
    String body = """
          if ratio < 1 then zhejiang pays 100 to anhui
          else if ratio > 1 then anhui pays 100 to zhejiang
          end
        """;
    String text = agreement(P, body).replace("article 1", "define ratio = P / 2\n\narticle 1");
    assertThat(Examples.check(text)).extracting(d -> d.code().name()).contains("C0501");
  }

  @Test
  void anEnsureDutyTheRangeDecidesIsReported() {
    assertThat(c05(P, "  obligation quality anhui must ensure P <= 7\n"))
        .extracting(Diagnostic::message).containsExactly("this condition always holds for `P` in [0, 5]");
    String tautology = agreement(P, "  if ratio < 1 or ratio >= 1 then anhui pays 1 to zhejiang end\n")
        .replace("article 1", "define ratio = P / 2\n\narticle 1");
    assertThat(Examples.check(tautology, "C0504")).extracting(Diagnostic::message)
        .containsExactly("this condition always holds for `ratio` whatever its value");
  }

  @Test
  void branchesOfOneChainDoNotPayTwice() {
    assertThat(c05(P, """
          if P <= 1 then zhejiang pays 100 to anhui
          else if P <= 2 then zhejiang pays 50 to anhui
          else zhejiang pays 10 to anhui
          end
        """)).isEmpty();
  }
}
