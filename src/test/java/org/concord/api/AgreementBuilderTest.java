package org.concord.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.diagnostic.Code;
import org.junit.jupiter.api.Test;

class AgreementBuilderTest {
  private static AgreementBuilder xinan() {
    return AgreementBuilder.agreement("xinan", "Xin'an River compensation")
        .term("2012", "2014", "yearly")
        .currency("CNY", "millions")
        .rounding("0.01", "half-even")
        .party("central", "Central Government", "national")
        .party("anhui", "Anhui Province", "province", "parent central")
        .party("zhejiang", "Zhejiang Province", "province", "parent central")
        .input("P", "Water quality index", "number", "in [0, 5]")
        .fund("basin", "Compensation fund", "held by anhui", "carry over")
        .article("1", "Central subsidy", a -> a.pays("central", "300", "basin", "each year"))
        .article("2", "Compensation", a -> a.when("P <= 1",
            then -> then.pays("zhejiang", "100", "anhui"),
            otherwise -> otherwise.pays("anhui", "100", "zhejiang")));
  }

  @Test
  void writesTheTextADrafterWouldWrite() {
    String text = xinan().text();
    assertThat(text).startsWith("agreement xinan \"Xin'an River compensation\"\n  term 2012 to 2014 yearly\n");
    assertThat(text).contains("article 2 \"Compensation\"\n  if P <= 1 then\n    zhejiang pays 100 to anhui\n  else\n"
        + "    anhui pays 100 to zhejiang\n  end\n");
  }

  @Test
  void aBuiltAgreementParsesWithoutSyntaxErrors() {
    Agreement built = xinan().build();
    assertThat(built.diagnostics()).noneMatch(d -> d.code().name().startsWith("C00"));
    assertThat(built.source().path()).isEqualTo("xinan.concord");
  }

  @Test
  void mistakesInBuiltAgreementsGetTheDiagnosticsOfTheText() {
    Agreement built = AgreementBuilder.agreement("broken", "Broken")
        .term("2012", "2014", "yearly")
        .article("1", "Pay", a -> a.clause("central pays to basin"))
        .build();
    assertThat(built.hasErrors()).isTrue();
    assertThat(built.diagnostics()).extracting(d -> d.code()).contains(Code.C0001);
    assertThat(built.diagnostics().get(0).span().line()).isEqualTo(5);
    assertThat(List.of(built.source().line(5))).containsExactly("  central pays to basin");
  }

  @Test
  void titlesAreQuotedSafely() {
    String text = AgreementBuilder.agreement("q", "A \"quoted\" \\ title").text();
    assertThat(text).startsWith("agreement q \"A \\\"quoted\\\" \\\\ title\"");
    assertThat(AgreementBuilder.agreement("q", "A \"quoted\" \\ title").term("2012", "2012", "yearly").build()
        .diagnostics()).noneMatch(d -> d.code() == Code.C0001 || d.code() == Code.C0002);
  }
}
