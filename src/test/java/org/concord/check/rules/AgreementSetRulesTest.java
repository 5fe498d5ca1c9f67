package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Header;
import org.concord.ast.Name;
import org.concord.ast.PeriodLit;
import org.concord.check.CheckUnit;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;
import org.junit.jupiter.api.Test;

class AgreementSetRulesTest {
  /**
   * Agreement {@code i} of a generated set: gives away all of base `tax_(i % 40)` of hebei in
   * one year of 2001–2025, so agreements i and i + 40 claim the same base in the same year.
   */
  private static String agreement(int i, int percent) {
    int year = 2001 + (i / 80) % 25;
    return """
        agreement a%d "Agreement %d"
          term %d to %d yearly
          currency CNY millions
        parties
          hebei "Hebei Province" level province
          p%d "Party %d" level county
        inputs
          tax_%d "A tax" : money CNY collected by hebei
        article 1 "Taxes"
          share tax_%d %d%% to p%d remainder to hebei
        """.formatted(i, i, year, year, i % 300, i % 300, i % 40, i % 40, percent, i % 300);
  }

  /**
   * The same set as {@link #agreement}, built as ASTs directly: parsing two thousand files would
   * measure the parser, not the rule.
   */
  private static List<CheckUnit> set(int n) {
    List<CheckUnit> units = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String file = "a" + i + ".concord";
      int year = 2001 + (i / 80) % 25;
      Span at = new Span(file, 1, 1, 1, 2);
      Name hebei = new Name("hebei", at);
      Name party = new Name("p" + (i % 300), at);
      Name base = new Name("tax_" + (i % 40), at);
      Header header = new Header(new Name("a" + i, at), "Agreement " + i,
          new Header.Term(new PeriodLit("" + year, at), new PeriodLit("" + year, at), Header.Granularity.YEARLY, at),
          null, null, at);
      Declaration.Parties parties = new Declaration.Parties(List.of(
          new Declaration.Party(hebei, "Hebei Province", new Name("province", at), null, List.of(), at),
          new Declaration.Party(party, "Party " + (i % 300), new Name("county", at), null, List.of(), at)), at);
      Declaration.Inputs inputs = new Declaration.Inputs(List.of(new Declaration.Input(base, "A tax",
          new Name("money", at), null, null, false, Declaration.Variation.PER_PERIOD, hebei, null, at)), at);
      Clause.Share share = new Clause.Share(base, null,
          List.of(new Clause.ShareLine(BigDecimal.TEN, party, at)), hebei, null, null, Clause.Timing.always(at), at);
      Declaration.Article article = new Declaration.Article("1", "Taxes", List.of(share), at);
      units.add(new CheckUnit(
          new Agreement(file, header, List.of(), List.of(parties, inputs, article), List.of(), at), List.of()));
    }
    return units;
  }

  @Test
  void theGeneratedAstsAreWhatTheTextSays() {
    CheckUnit parsed = Examples.unit("a7.concord", agreement(7, 10));
    CheckUnit built = set(8).get(7);
    assertThat(built.agreement().parties()).extracting(p -> p.id().text() + " " + p.title() + " " + p.level().text())
        .isEqualTo(parsed.agreement().parties().stream().map(p -> p.id().text() + " " + p.title() + " " + p.level().text()).toList());
    Clause.Share a = (Clause.Share) built.agreement().articles().get(0).clauses().get(0);
    Clause.Share b = (Clause.Share) parsed.agreement().articles().get(0).clauses().get(0);
    assertThat(a.base().text()).isEqualTo(b.base().text());
    assertThat(a.lines().get(0).points()).isEqualByComparingTo(b.lines().get(0).points());
    assertThat(a.remainderTo().text()).isEqualTo(b.remainderTo().text());
    assertThat(built.agreement().header().term().first().text()).isEqualTo(parsed.agreement().header().term().first().text());
  }

  private static long steps(List<CheckUnit> units, Diagnostics out) {
    Allocations.Work work = new Allocations.Work();
    new AgreementSetRules(work).check(units, out);
    return work.steps();
  }

  @Test
  void aLargeSetIsCheckedInLinearTime() {
    List<CheckUnit> large = set(2000);
    List<CheckUnit> small = large.subList(0, 200);
    Diagnostics smallOut = new Diagnostics();
    Diagnostics largeOut = new Diagnostics();
    long smallSteps = steps(small, smallOut);
    long start = System.nanoTime();
    long largeSteps = steps(large, largeOut);
    long nanos = System.nanoTime() - start;
    // Each pair of agreements on one base in one year is one finding: they grow with the set.
    assertThat(smallOut.size()).isEqualTo(80);
    assertThat(largeOut.size()).isEqualTo(1000);
    // Ten times the agreements, at most a little over ten times the work (the sort per base is
    // n log n); comparing all pairs of claims would be a hundred times.
    assertThat(largeSteps).as("steps for 2000 against %d for 200", smallSteps).isLessThan(12 * smallSteps);
    // Generous, for a loaded machine: the work itself takes a few milliseconds.
    assertThat(nanos).as("ns for 2000 agreements").isLessThan(5_000_000_000L);
  }

  @Test
  void partiesDeclaredAlikeAreOneGovernment() {
    String a = agreement(1, 10);
    String b = agreement(2, 10).replace("\"Hebei Province\"", "\"Hebei  Province \"");
    Diagnostics out = new Diagnostics();
    new AgreementSetRules().check(List.of(Examples.unit("a.concord", a), Examples.unit("b.concord", b)), out);
    assertThat(out.sorted()).extracting(d -> d.code().name()).doesNotContain("C0901");
  }

  @Test
  void anOverlapInsideOneFileIsLeftToTheShareRules() {
    String text = agreement(1, 10).replace("article 1 \"Taxes\"", "article 2\n  share tax_1 50% to hebei 50% to p1\narticle 1 \"Taxes\"");
    List<Diagnostic> found = Examples.check(text);
    assertThat(found).extracting(d -> d.code().name()).contains("C0308").doesNotContain("C0902");
  }

  @Test
  void theSameFileGivenTwiceIsCheckedOnce() {
    CheckUnit unit = Examples.unit("a.concord", agreement(1, 10));
    Diagnostics out = new Diagnostics();
    new AgreementSetRules().check(List.of(unit, unit), out);
    assertThat(out.size()).isZero();
  }
}
