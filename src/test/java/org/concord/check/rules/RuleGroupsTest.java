package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Behaviours of the account, enforceability and arbitration rules beyond their catalogue examples. */
class RuleGroupsTest {
  private static String agreement(String body) {
    return """
        agreement compact "Compact"
          term 2024 to 2026 yearly
          currency CNY millions
        parties
          central  "Ministry of Finance" level national
          anhui    "Anhui Province" level province
          zhejiang "Zhejiang Province" level province
          hefei    "Hefei Municipality" level prefecture parent anhui
          council  "Joint council" level body members anhui, zhejiang
        inputs
          gdp "GDP" : money CNY by party
        outside taxpayers "Enterprises"
        """ + body;
  }

  private static List<String> codes(String body, String prefix) {
    return Examples.check(agreement(body)).stream().map(d -> d.code().name()).filter(c -> c.startsWith(prefix)).toList();
  }

  private static List<Diagnostic> found(String body, String code) {
    return Examples.check(agreement(body), code);
  }

  @Nested
  class Accounts {
    @Test
    void anInitialBalanceDelaysTheShortfallUntilItRunsOut() {
      List<Diagnostic> d = found("""
          fund basin "Basin" held by anhui
            initial balance 100
          article 1
            anhui, zhejiang contribute 50 to basin equally each year
            basin distributes 100 to anhui, zhejiang equally each year
          """, "C0605");
      assertThat(d).singleElement().extracting(Diagnostic::message)
          .isEqualTo("fund `basin` pays out at least 300 by 2026, but at most 250 can have come in");
    }

    @Test
    void aFundIsNotJudgedWhenAnInflowHasNoBound() {
      assertThat(codes("""
          fund basin "Basin" held by anhui
          article 1
            anhui, zhejiang contribute 50 to basin in proportion to gdp each year
            central pays gdp[anhui] to basin
            basin distributes 100 to anhui, zhejiang equally each year
          """, "C0605")).isEmpty();
    }

    @Test
    void conditionalPayoutsAndContributorsWithoutBasisAreBoundedSafely() {
      assertThat(codes("""
          fund basin "Basin" held by anhui
          article 1
            anhui, zhejiang contribute 60 to basin each year
            basin distributes 100 to anhui, zhejiang equally each year
            if gdp[anhui] > 5 then basin pays 1000 to anhui end
          """, "C0605")).isEmpty();
    }

    @Test
    void aPenaltyPaidToTheBreachingPartyIsASelfPayment() {
      List<Diagnostic> d = found("""
          article 1
            obligation transfer anhui must pay 10 to zhejiang by 2025
            penalty on breach of transfer: pays 1 to anhui
          """, "C0601");
      assertThat(d).singleElement().extracting(Diagnostic::message).isEqualTo("`anhui` pays itself");
    }

    @Test
    void loopsAndOutsideAccountsAreAccounts() {
      assertThat(codes("""
          article 1
            for each p in members of council do p pays 10 to central end
            taxpayers pays 5 to anhui
          """, "C06")).isEmpty();
    }
  }

  @Nested
  class Enforceability {
    @Test
    void aRouteUnderTheObligationsArticleIsAConsequence() {
      String route = "\narticle 2\n  disputes under article %s go to arbitration by central within 6 months, binding\n";
      String obligation = "article 1\n  obligation report \"Annual report\" anhui must ensure gdp[anhui] > 0\n";
      assertThat(codes(obligation + route.formatted("1"), "C0701")).isEmpty();
      assertThat(codes(obligation + route.formatted("2"), "C0701")).containsExactly("C0701");
    }

    @Test
    void paymentsFromOutsideAccountsNeedNoRoute() {
      assertThat(codes("article 1\n  taxpayers pays 5 to anhui\n", "C0704")).isEmpty();
      assertThat(codes("article 1\n  anhui pays 5 to zhejiang\n", "C0704")).containsExactly("C0704");
    }
  }

  @Nested
  class Arbitration {
    private static final String PAY = """
        fund basin "Basin" held by anhui
          carry over
        article 1
          central pays 100 to basin each year
        article 2
          zhejiang pays 5 to hefei each year
        """;

    @Test
    void theHolderOfAFundIsADisputantUnlessAllConsent() {
      String route = "article 3\n  disputes under article 1 go to arbitration by anhui within 6 months, binding%s\n";
      assertThat(codes(PAY + route.formatted(""), "C08")).containsExactly("C0805");
      assertThat(codes(PAY + route.formatted(" all parties consent"), "C08")).isEmpty();
    }

    @Test
    void aPartyThatPaysOnlyOutsideTheCoveredArticlesIsNeutral() {
      assertThat(codes(PAY + "article 3\n  disputes under article 2 go to arbitration by central within 6 months, binding\n",
          "C08")).isEmpty();
    }

    @Test
    void anArbiterBelowTheDisputantsIsNamedWithABetterOne() {
      List<Diagnostic> d = found(PAY + """
          article 3
            disputes under article 2 go to consultation between zhejiang and hefei within 1 month
              then arbitration by council within 6 months, binding
          article 4
            disputes under article 1 go to arbitration by hefei within 6 months, binding
          """, "C0806");
      assertThat(d).singleElement().extracting(Diagnostic::message)
          .isEqualTo("arbiter `hefei` is a prefecture, below the national `central` it rules on");
      assertThat(d.get(0).help()).isEqualTo("name an arbiter at national level or above");
    }

    @Test
    void oneSideNamedTwiceIsStillOneSide() {
      assertThat(codes(PAY + """
          article 3
            disputes go to consultation between anhui and anhui within 2 weeks
              then arbitration by central within 1 year, binding
          """, "C08")).contains("C0808");
    }
  }
}
