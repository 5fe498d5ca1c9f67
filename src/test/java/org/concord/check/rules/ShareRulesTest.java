package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class ShareRulesTest {
  private static String agreement(String granularity, String body) {
    return """
        agreement relocation "Relocated enterprises"
          term 2024 to 2026 %s
          currency CNY millions
        parties
          central "Ministry of Finance" level national
          beijing "Beijing Municipality" level province
          hebei   "Hebei Province" level province
          tianjin "Tianjin Municipality" level province
        inputs
          tax "Taxes of relocated enterprises" : money CNY collected by hebei
          other "Other taxes" : money CNY collected by tianjin
          P "index" : number in [0, 5]
        """.formatted(granularity) + body;
  }

  private static List<Diagnostic> c0308(String granularity, String body) {
    return Examples.check(agreement(granularity, body), "C0308");
  }

  @Test
  void threeClausesThatTogetherExceedTheBaseAreReportedOnceWhereTheyDo() {
    List<Diagnostic> found = c0308("yearly", """
        article 1
          share tax 40% to beijing remainder to hebei from 2026
        article 2
          share tax 40% to tianjin remainder to hebei through 2024
        article 3
          share tax 40% to beijing 10% to tianjin
        """);
    assertThat(found).hasSize(2);
    assertThat(found.get(0).message()).isEqualTo("`tax` is shared out 150% in 2026, here and in article 3");
    assertThat(found.get(0).span().line()).isEqualTo(14);
    assertThat(found.get(1).message()).isEqualTo("`tax` is shared out 150% in 2024, here and in article 2");
    assertThat(found.get(1).span().line()).isEqualTo(18);
  }

  @Test
  void partialSharesOfOneBaseMayAddUpToTheWhole() {
    assertThat(c0308("yearly", """
        article 1
          share tax 40% to beijing
        article 2
          share tax 60% to hebei
        """)).isEmpty();
  }

  @Test
  void adjacentQuartersDoNotOverlap() {
    assertThat(c0308("quarterly", """
        article 1
          share tax 50% to beijing 50% to hebei through 2024Q2
        article 2
          share tax 30% to beijing 70% to hebei from 2024Q3
        """)).isEmpty();
    List<Diagnostic> found = c0308("quarterly", """
        article 1
          share tax 50% to beijing 50% to hebei through 2024Q3
        article 2
          share tax 30% to beijing 70% to hebei from 2024Q3 for 2 quarters
        """);
    assertThat(found).singleElement().extracting(Diagnostic::message)
        .isEqualTo("`tax` is shared out 200% in 2024Q3, here and in article 1");
  }

  @Test
  void differentCollectorsAndExclusiveBranchesAreNotTheSameClaim() {
    assertThat(c0308("yearly", """
        article 1
          share tax 50% to beijing 50% to hebei
          share tax collected by tianjin 50% to beijing 50% to tianjin
        article 2
          if P <= 1 then share other 50% to tianjin 50% to hebei
          else share other 70% to tianjin 30% to hebei end
        """)).isEmpty();
  }

  @Test
  void theRemainderSuggestionIsTheCollector() {
    List<Diagnostic> found = Examples.check(agreement("yearly", """
        article 1
          share other 50% to beijing 20% to hebei
        """), "C0301");
    assertThat(found).singleElement().extracting(Diagnostic::help)
        .isEqualTo("give the remaining 30% to a party, or add `remainder to tianjin`");
  }
}
