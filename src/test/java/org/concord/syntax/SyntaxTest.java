package org.concord.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Header;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The parser, construct by construct (spec/language.md): each construct becomes the AST node the
 * spec describes, with the span of its text; broken input becomes diagnostics in our words,
 * never exceptions or ANTLR's token names; limits hold on hostile input.
 */
class SyntaxTest {
  private static final String HEADER = """
      agreement t "T"
        term 2012 to 2014 yearly
        currency CNY millions
        rounding 0.01 half-even
      parties
        central  "Central" level national
        anhui    "Anhui" level province parent central
        zhejiang "Zhejiang" level province parent central
      """;

  static ParseResult parse(String text) {
    return SourceParser.parse(new SourceFile("t.concord", text));
  }

  static ParseResult parse(String text, ParseLimits limits) {
    return SourceParser.parse(new SourceFile("t.concord", text), limits);
  }

  /** Parses text that must be clean and returns its AST. */
  static Agreement clean(String text) {
    ParseResult r = parse(text);
    assertThat(r.diagnostics()).as("diagnostics of a clean parse").isEmpty();
    assertThat(r.agreement()).isNotNull();
    return r.agreement();
  }

  /** The clauses of the first article of HEADER + body. */
  static List<Clause> clauses(String body) {
    return clean(HEADER + body).articles().get(0).clauses();
  }

  static Clause clause(String body) {
    return clauses("article 1 \"A\"\n" + body).get(0);
  }

  static List<Code> codes(ParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Nested
  class Constructs {
    @Test
    void headerWithTermCurrencyAndRounding() {
      Agreement a = clean("""
          agreement xinan "Xin'an River"
            term 2012Q1 to 2014Q4 quarterly
            currency CNY millions
            rounding 0.01 half-even remainder to anhui
          """);
      Header h = a.header();
      assertThat(h.id().text()).isEqualTo("xinan");
      assertThat(h.title()).isEqualTo("Xin'an River");
      assertThat(h.term().first().text()).isEqualTo("2012Q1");
      assertThat(h.term().last().text()).isEqualTo("2014Q4");
      assertThat(h.term().granularity()).isEqualTo(Header.Granularity.QUARTERLY);
      assertThat(h.currency().code().text()).isEqualTo("CNY");
      assertThat(h.currency().scale().text()).isEqualTo("millions");
      assertThat(h.rounding().increment()).isEqualByComparingTo("0.01");
      assertThat(h.rounding().mode().text()).isEqualTo("half-even");
      assertThat(h.rounding().remainderTo().text()).isEqualTo("anhui");
      assertThat(h.rounding().largestRemainder()).isFalse();
      // spans: 1-based line and column of the first character, end just past the last
      assertThat(h.span().line()).isEqualTo(1);
      assertThat(h.span().column()).isEqualTo(1);
      assertThat(h.id().span().column()).isEqualTo(11);
      assertThat(h.term().span().line()).isEqualTo(2);
      assertThat(h.term().span().column()).isEqualTo(3);
      assertThat(h.rounding().span().line()).isEqualTo(4);
      assertThat(h.rounding().span().endColumn()).isEqualTo(45);
    }

    @Test
    void monthlyTermAndLargestRemainder() {
      Header h = clean("agreement m term 2013-01 to 2013-12 monthly rounding 1 half-up remainder largest").header();
      assertThat(h.term().granularity()).isEqualTo(Header.Granularity.MONTHLY);
      assertThat(h.term().first().text()).isEqualTo("2013-01");
      assertThat(h.rounding().largestRemainder()).isTrue();
      assertThat(h.rounding().remainderTo()).isNull();
      assertThat(h.title()).isNull();
    }

    @Test
    void stringEscapes() {
      Header h = clean("agreement e \"say \\\"yes\\\" \\\\ a\\tb\\nc \\q\"").header();
      assertThat(h.title()).isEqualTo("say \"yes\" \\ a\tb\nc q");
    }

    @Test
    void importsKeepTheirPath() {
      Agreement a = clean("agreement a import \"registry/parties.concord\" import \"b.concord\"");
      assertThat(a.imports()).extracting(i -> i.path()).containsExactly("registry/parties.concord", "b.concord");
      assertThat(a.imports().get(1).span().column()).isEqualTo(47);
    }

    @Test
    void partiesWithLevelsParentsAndMembers() {
      Agreement a = clean(HEADER + """
            conference "Joint Conference" level body parent central members anhui, zhejiang
          outside taxpayers "Taxpayers"
          """);
      List<Declaration.Party> parties = a.parties();
      assertThat(parties).extracting(p -> p.id().text()).containsExactly("central", "anhui", "zhejiang", "conference");
      Declaration.Party body = parties.get(3);
      assertThat(body.level().text()).isEqualTo("body");
      assertThat(body.parent().text()).isEqualTo("central");
      assertThat(body.members()).extracting(m -> m.text()).containsExactly("anhui", "zhejiang");
      assertThat(body.span().line()).isEqualTo(9);
      assertThat(parties.get(0).parent()).isNull();
      assertThat(a.outsides()).singleElement().satisfies(o -> {
        assertThat(o.id().text()).isEqualTo("taxpayers");
        assertThat(o.title()).isEqualTo("Taxpayers");
      });
    }

    @Test
    void inputsWithEveryOption() {
      Agreement a = clean(HEADER + """
          inputs
            P "Index" : number in [-1, 5] per period default 1
            tax : money CNY by party constant collected by anhui
            rate : percent in [0%, 30 %]
          """);
      List<Declaration.Input> inputs = a.inputs();
      Declaration.Input p = inputs.get(0);
      assertThat(p.kind().text()).isEqualTo("number");
      assertThat(p.range().low()).isInstanceOf(Expr.Unary.class);
      assertThat(p.range().high()).isInstanceOfSatisfying(Expr.Number.class,
          n -> assertThat(n.value()).isEqualByComparingTo("5"));
      assertThat(p.variation()).isEqualTo(Declaration.Variation.PER_PERIOD);
      assertThat(p.defaultValue()).isInstanceOf(Expr.Number.class);
      Declaration.Input tax = inputs.get(1);
      assertThat(tax.currency().text()).isEqualTo("CNY");
      assertThat(tax.byParty()).isTrue();
      assertThat(tax.variation()).isEqualTo(Declaration.Variation.CONSTANT);
      assertThat(tax.collectedBy().text()).isEqualTo("anhui");
      assertThat(inputs.get(2).range().high()).isInstanceOfSatisfying(Expr.Percent.class,
          pc -> assertThat(pc.fraction()).isEqualByComparingTo("0.30"));
    }

    @Test
    void definitionsPlainAndPerParty() {
      Agreement a = clean(HEADER + """
          define capacity[p] "Capacity" = revenue[p] / population[p]
          define avg = mean(capacity)
          """);
      Declaration.Definition d = a.definitions().get(0);
      assertThat(d.id().text()).isEqualTo("capacity");
      assertThat(d.parameter().text()).isEqualTo("p");
      assertThat(d.title()).isEqualTo("Capacity");
      assertThat(d.body()).isInstanceOfSatisfying(Expr.Binary.class, b -> {
        assertThat(b.op()).isEqualTo(Expr.BinaryOp.DIV);
        assertThat(b.left()).isInstanceOfSatisfying(Expr.Index.class, i -> {
          assertThat(i.name().text()).isEqualTo("revenue");
          assertThat(i.index().text()).isEqualTo("p");
        });
      });
      assertThat(a.definitions().get(1).parameter()).isNull();
      assertThat(a.definitions().get(1).body()).isInstanceOfSatisfying(Expr.Call.class,
          c -> assertThat(c.function().text()).isEqualTo("mean"));
    }

    @Test
    void fundWithEveryOption() {
      Agreement a = clean(HEADER + """
          fund basin "Basin fund" held by anhui initial balance 10 on shortfall pro-rata carry over
          fund reserve held by zhejiang on shortfall arrears lapse to central
          """);
      Declaration.Fund basin = a.funds().get(0);
      assertThat(basin.heldBy().text()).isEqualTo("anhui");
      assertThat(basin.initialBalance()).isInstanceOf(Expr.Number.class);
      assertThat(basin.shortfall()).isEqualTo(Declaration.Shortfall.PRO_RATA);
      assertThat(basin.carryOver()).isTrue();
      Declaration.Fund reserve = a.funds().get(1);
      assertThat(reserve.shortfall()).isEqualTo(Declaration.Shortfall.ARREARS);
      assertThat(reserve.lapseTo().text()).isEqualTo("central");
      assertThat(reserve.carryOver()).isFalse();
    }

    @Test
    void articleNumbersAreKeptAsWritten() {
      Agreement a = clean(HEADER + "article 3.1 \"Sub-article\" central pays 1 to anhui");
      assertThat(a.articles().get(0).number()).isEqualTo("3.1");
      assertThat(a.articles().get(0).title()).isEqualTo("Sub-article");
    }

    @Test
    void paymentWithTiming() {
      Clause c = clause("  central pays 300 to anhui each year from 2012 through 2014\n");
      assertThat(c).isInstanceOfSatisfying(Clause.Payment.class, p -> {
        assertThat(p.payer().text()).isEqualTo("central");
        assertThat(p.payee().text()).isEqualTo("anhui");
        assertThat(((Expr.Number) p.amount()).value()).isEqualByComparingTo("300");
        assertThat(p.timing().each().text()).isEqualTo("year");
        assertThat(p.timing().from().text()).isEqualTo("2012");
        assertThat(p.timing().through().text()).isEqualTo("2014");
        assertThat(p.span().line()).isEqualTo(10);
        assertThat(p.span().column()).isEqualTo(3);
      });
    }

    @Test
    void timingInAndFor() {
      Clause.Payment p = (Clause.Payment) clause("central pays 1 to anhui in 2013 central pays 1 to anhui for 3 years");
      assertThat(p.timing().in().text()).isEqualTo("2013");
      Clause.Payment q = (Clause.Payment) clauses("article 1 central pays 1 to anhui in 2013 central pays 1 to anhui for 3 years").get(1);
      assertThat(q.timing().forCount()).isEqualByComparingTo("3");
      assertThat(q.timing().forUnit().text()).isEqualTo("years");
      assertThat(((Clause.Payment) clause("central pays 1 to anhui")).timing().isAlways()).isTrue();
    }

    @Test
    void shareWithLinesAndOptions() {
      Clause c = clause("""
            share relocated_tax collected by anhui
              50% to zhejiang
              50% to anhui
              remainder to anhui
              until zhejiang has received pre_tax
              at most 80 per period
              for 3 years
          """);
      assertThat(c).isInstanceOfSatisfying(Clause.Share.class, s -> {
        assertThat(s.base().text()).isEqualTo("relocated_tax");
        assertThat(s.collector().text()).isEqualTo("anhui");
        assertThat(s.lines()).extracting(l -> l.points().intValue()).containsExactly(50, 50);
        assertThat(s.lines().get(1).to().text()).isEqualTo("anhui");
        assertThat(s.lines().get(0).span().line()).isEqualTo(11);
        assertThat(s.remainderTo().text()).isEqualTo("anhui");
        assertThat(s.totalCap().party().text()).isEqualTo("zhejiang");
        assertThat(s.totalCap().amount()).isInstanceOf(Expr.Ref.class);
        assertThat(s.periodCap()).isInstanceOf(Expr.Number.class);
        assertThat(s.timing().forCount()).isEqualByComparingTo("3");
      });
    }

    @Test
    void distributionAndContributionWithEveryBasisAndPartySet() {
      List<Clause> cs = clauses("""
          article 1
            basin distributes 100 to all parties equally
            basin distributes 100 to members of conference in proportion to population
            basin distributes 100 to anhui, zhejiang equalising capacity
            basin distributes 100 to anhui
            anhui, zhejiang contribute 200 to basin equally each year
          """);
      Clause.Distribution all = (Clause.Distribution) cs.get(0);
      assertThat(all.fund().text()).isEqualTo("basin");
      assertThat(all.recipients()).isInstanceOf(Clause.AllParties.class);
      assertThat(all.basis()).isInstanceOf(Clause.Equally.class);
      Clause.Distribution members = (Clause.Distribution) cs.get(1);
      assertThat(members.recipients()).isInstanceOfSatisfying(Clause.MembersOf.class,
          m -> assertThat(m.body().text()).isEqualTo("conference"));
      assertThat(members.basis()).isInstanceOf(Clause.Proportional.class);
      Clause.Distribution listed = (Clause.Distribution) cs.get(2);
      assertThat(listed.recipients()).isInstanceOfSatisfying(Clause.PartyList.class,
          l -> assertThat(l.parties()).extracting(n -> n.text()).containsExactly("anhui", "zhejiang"));
      assertThat(listed.basis()).isInstanceOf(Clause.Equalising.class);
      assertThat(((Clause.Distribution) cs.get(3)).basis()).isNull();
      Clause.Contribution contribution = (Clause.Contribution) cs.get(4);
      assertThat(contribution.fund().text()).isEqualTo("basin");
      assertThat(contribution.basis()).isInstanceOf(Clause.Equally.class);
      assertThat(contribution.timing().each().text()).isEqualTo("year");
    }

    @Test
    void conditionalWithElseIfAndElse() {
      Clause c = clause("""
            if P <= 1 then
              zhejiang pays 100 to anhui
            else if P <= 2 then
            else
              anhui pays 100 to zhejiang
            end
          """);
      assertThat(c).isInstanceOfSatisfying(Clause.Conditional.class, k -> {
        assertThat(k.branches()).hasSize(2);
        assertThat(k.branches().get(0).condition()).isInstanceOfSatisfying(Expr.Binary.class,
            b -> assertThat(b.op()).isEqualTo(Expr.BinaryOp.LE));
        assertThat(k.branches().get(0).clauses()).hasSize(1);
        assertThat(k.branches().get(1).clauses()).isEmpty();
        assertThat(k.otherwise()).hasSize(1);
        assertThat(k.span().line()).isEqualTo(10);
        assertThat(k.span().endLine()).isEqualTo(15);
      });
      Clause.Conditional noElse = (Clause.Conditional) clause("if true then end");
      assertThat(noElse.otherwise()).isNull();
    }

    @Test
    void forEachOverMembers() {
      Clause c = clause("for each p in members of conference do central pays 1 to p end");
      assertThat(c).isInstanceOfSatisfying(Clause.ForEach.class, f -> {
        assertThat(f.variable().text()).isEqualTo("p");
        assertThat(f.parties()).isInstanceOf(Clause.MembersOf.class);
        assertThat(f.body()).singleElement().isInstanceOf(Clause.Payment.class);
      });
    }

    @Test
    void obligationsAndPenalties() {
      List<Clause> cs = clauses("""
          article 1
            obligation contribution "Pay in" anhui must pay 100 to basin by 2013
            obligation quality anhui must ensure P <= 1 each period hortatory
            penalty on breach of contribution: anhui pays 5 + 10% of arrears to zhejiang
              interest 1% per period on arrears to zhejiang
              escalating 50% per repeat
            penalty on breach of quality: pays 10 to zhejiang
            penalty on breach of contribution: interest 0.5% per period on arrears to basin
          """);
      Clause.Obligation pay = (Clause.Obligation) cs.get(0);
      assertThat(pay.id().text()).isEqualTo("contribution");
      assertThat(pay.title()).isEqualTo("Pay in");
      assertThat(pay.party().text()).isEqualTo("anhui");
      assertThat(pay.duty()).isInstanceOfSatisfying(Clause.PayDuty.class,
          d -> assertThat(d.payee().text()).isEqualTo("basin"));
      assertThat(pay.deadline().text()).isEqualTo("2013");
      assertThat(pay.hortatory()).isFalse();
      Clause.Obligation ensure = (Clause.Obligation) cs.get(1);
      assertThat(ensure.duty()).isInstanceOf(Clause.EnsureDuty.class);
      assertThat(ensure.deadline()).isNull();
      assertThat(ensure.hortatory()).isTrue();
      Clause.Penalty full = (Clause.Penalty) cs.get(2);
      assertThat(full.obligation().text()).isEqualTo("contribution");
      assertThat(full.payer().text()).isEqualTo("anhui");
      assertThat(full.payee().text()).isEqualTo("zhejiang");
      assertThat(full.interest().points()).isEqualByComparingTo("1");
      assertThat(full.interest().to().text()).isEqualTo("zhejiang");
      assertThat(full.escalation().points()).isEqualByComparingTo("50");
      Clause.Penalty implicitPayer = (Clause.Penalty) cs.get(3);
      assertThat(implicitPayer.payer()).isNull();
      assertThat(implicitPayer.amount()).isNotNull();
      Clause.Penalty interestOnly = (Clause.Penalty) cs.get(4);
      assertThat(interestOnly.amount()).isNull();
      assertThat(interestOnly.interest().points()).isEqualByComparingTo("0.5");
    }

    @Test
    void disputeRouteWithEveryOption() {
      Clause c = clause("""
            disputes under article 2, 3.1 go to
              consultation between anhui and zhejiang within 2 months
              then mediation by conference within 30 days non-binding
              then arbitration by central within 6 months, binding
            contested payments held in escrow
            costs borne by loser
            costs of 1.5
            all parties consent
          """);
      assertThat(c).isInstanceOfSatisfying(Clause.DisputeRoute.class, d -> {
        assertThat(d.articles()).extracting(Clause.ArticleRef::number).containsExactly("2", "3.1");
        assertThat(d.steps()).hasSize(3);
        Clause.ForumStep first = d.steps().get(0);
        assertThat(first.forum().text()).isEqualTo("consultation");
        assertThat(first.byArbiter()).isFalse();
        assertThat(first.parties()).extracting(n -> n.text()).containsExactly("anhui", "zhejiang");
        assertThat(first.limit()).isEqualByComparingTo("2");
        assertThat(first.unit().text()).isEqualTo("months");
        assertThat(first.binding()).isEqualTo(Clause.Binding.UNSTATED);
        assertThat(d.steps().get(1).binding()).isEqualTo(Clause.Binding.NON_BINDING);
        Clause.ForumStep last = d.steps().get(2);
        assertThat(last.byArbiter()).isTrue();
        assertThat(last.parties()).extracting(n -> n.text()).containsExactly("central");
        assertThat(last.binding()).isEqualTo(Clause.Binding.BINDING);
        assertThat(d.escrow()).isTrue();
        assertThat(d.costs().bearer()).isEqualTo(Clause.CostBearer.LOSER);
        assertThat(d.costAmount()).isInstanceOf(Expr.Number.class);
        assertThat(d.allConsent()).isTrue();
      });
      Clause.DisputeRoute whole = (Clause.DisputeRoute) clause(
          "disputes go to arbitration by central within 1 year binding costs borne by each side");
      assertThat(whole.articles()).isEmpty();
      assertThat(whole.costs().bearer()).isEqualTo(Clause.CostBearer.EACH_SIDE);
      Clause.DisputeRoute named = (Clause.DisputeRoute) clause(
          "disputes go to arbitration by central within 1 year binding costs borne by central");
      assertThat(named.costs().bearer()).isEqualTo(Clause.CostBearer.PARTY);
      assertThat(named.costs().party().text()).isEqualTo("central");
    }

    @Test
    void testBlockWithEveryGivenAndExpectation() {
      Agreement a = clean(HEADER + """
          test "everything"
            given scenario "s.json"
            given P = 0.9 in 2012, 1.2
            given population[anhui] = 61
            given dispute under article 2 in 2013 ruled upheld
            given dispute under article 2 in 2014
            given anhui defaults on contribution in 2013
            expect net anhui in 2012 = 400
            expect net anhui total = 1_200
            expect flow zhejiang to anhui in 2012 = 100
            expect flow zhejiang to anhui total = 300
            expect balance basin in 2014 = 0
            expect event breach of contribution in 2013
            expect event ruling in 2013
            expect diagnostic C0301
            within 0.01
          end
          """);
      TestCase t = a.tests().get(0);
      assertThat(t.name()).isEqualTo("everything");
      assertThat(t.givens()).hasSize(6);
      assertThat(t.givens().get(0)).isInstanceOfSatisfying(TestCase.ScenarioFile.class,
          s -> assertThat(s.path()).isEqualTo("s.json"));
      assertThat(t.givens().get(1)).isInstanceOfSatisfying(TestCase.Values.class, v -> {
        assertThat(v.input().text()).isEqualTo("P");
        assertThat(v.party()).isNull();
        assertThat(v.values()).hasSize(2);
        assertThat(v.values().get(0).period().text()).isEqualTo("2012");
        assertThat(v.values().get(1).period()).isNull();
      });
      assertThat(((TestCase.Values) t.givens().get(2)).party().text()).isEqualTo("anhui");
      assertThat(t.givens().get(3)).isInstanceOfSatisfying(TestCase.Dispute.class, d -> {
        assertThat(d.article()).isEqualTo("2");
        assertThat(d.ruling().text()).isEqualTo("upheld");
      });
      assertThat(((TestCase.Dispute) t.givens().get(4)).ruling()).isNull();
      assertThat(t.givens().get(5)).isInstanceOfSatisfying(TestCase.Default.class,
          d -> assertThat(d.obligation().text()).isEqualTo("contribution"));
      assertThat(t.expectations()).hasSize(8);
      assertThat(((TestCase.Net) t.expectations().get(1)).period()).isNull();
      assertThat(t.expectations().get(2)).isInstanceOf(TestCase.Flow.class);
      assertThat(t.expectations().get(4)).isInstanceOf(TestCase.Balance.class);
      assertThat(t.expectations().get(5)).isInstanceOfSatisfying(TestCase.Event.class, e -> {
        assertThat(e.kind().text()).isEqualTo("breach");
        assertThat(e.subject().text()).isEqualTo("contribution");
      });
      assertThat(((TestCase.Event) t.expectations().get(6)).subject()).isNull();
      assertThat(t.expectations().get(7)).isInstanceOfSatisfying(TestCase.Reports.class,
          r -> assertThat(r.code().text()).isEqualTo("C0301"));
      assertThat(t.tolerance()).isInstanceOf(Expr.Number.class);
    }
  }

  @Nested
  class Expressions {
    Expr expr(String text) {
      return clean(HEADER + "define x = " + text).definitions().get(0).body();
    }

    @Test
    void precedenceMultiplicationBeforeAdditionBeforeComparisonBeforeAndBeforeOr() {
      Expr e = expr("a + b * c > 1 and not d or e");
      Expr.Binary or = (Expr.Binary) e;
      assertThat(or.op()).isEqualTo(Expr.BinaryOp.OR);
      Expr.Binary and = (Expr.Binary) or.left();
      assertThat(and.op()).isEqualTo(Expr.BinaryOp.AND);
      assertThat(and.right()).isInstanceOfSatisfying(Expr.Unary.class,
          u -> assertThat(u.op()).isEqualTo(Expr.UnaryOp.NOT));
      Expr.Binary gt = (Expr.Binary) and.left();
      assertThat(gt.op()).isEqualTo(Expr.BinaryOp.GT);
      Expr.Binary plus = (Expr.Binary) gt.left();
      assertThat(plus.op()).isEqualTo(Expr.BinaryOp.ADD);
      assertThat(((Expr.Binary) plus.right()).op()).isEqualTo(Expr.BinaryOp.MUL);
    }

    @Test
    void subtractionIsLeftAssociative() {
      Expr.Binary e = (Expr.Binary) expr("10 - 3 - 2");
      assertThat(e.left()).isInstanceOfSatisfying(Expr.Binary.class,
          l -> assertThat(l.op()).isEqualTo(Expr.BinaryOp.SUB));
      assertThat(e.right()).isInstanceOf(Expr.Number.class);
    }

    @Test
    void ofIsMultiplicationByAPercentage() {
      Expr.Binary e = (Expr.Binary) expr("50% of tax");
      assertThat(e.op()).isEqualTo(Expr.BinaryOp.OF);
      assertThat(e.left()).isInstanceOfSatisfying(Expr.Percent.class,
          p -> assertThat(p.fraction()).isEqualByComparingTo("0.5"));
    }

    @Test
    void literalsNumbersPercentagesBooleans() {
      assertThat(expr("1_000")).isInstanceOfSatisfying(Expr.Number.class, n -> {
        assertThat(n.value()).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(n.text()).isEqualTo("1_000");
      });
      assertThat(expr("0.125")).isInstanceOfSatisfying(Expr.Number.class,
          n -> assertThat(n.value()).isEqualByComparingTo("0.125"));
      assertThat(expr("12.5 %")).isInstanceOfSatisfying(Expr.Percent.class,
          p -> assertThat(p.points()).isEqualByComparingTo("12.5"));
      assertThat(expr("true")).isInstanceOfSatisfying(Expr.Bool.class, b -> assertThat(b.value()).isTrue());
      assertThat(expr("false")).isInstanceOfSatisfying(Expr.Bool.class, b -> assertThat(b.value()).isFalse());
    }

    @Test
    void callsIndexesAndParentheses() {
      assertThat(expr("min(a, b, 3)")).isInstanceOfSatisfying(Expr.Call.class, c -> {
        assertThat(c.function().text()).isEqualTo("min");
        assertThat(c.args()).hasSize(3);
      });
      assertThat(expr("previous(x)")).isInstanceOf(Expr.Call.class);
      assertThat(expr("population[anhui]")).isInstanceOf(Expr.Index.class);
      Expr.Binary times = (Expr.Binary) expr("(a + b) * c");
      assertThat(times.op()).isEqualTo(Expr.BinaryOp.MUL);
      assertThat(((Expr.Binary) times.left()).op()).isEqualTo(Expr.BinaryOp.ADD);
    }

    @Test
    void softKeywordsAreNamesWhereANameIsExpected() {
      assertThat(expr("balance + total + period")).isInstanceOf(Expr.Binary.class);
    }
  }

  @Nested
  class Errors {
    @Test
    void syntaxErrorIsC0001InOurWordsWithLineAndColumn() {
      ParseResult r = parse(HEADER + "article 1\n  central pays to anhui\n");
      assertThat(r.diagnostics()).isNotEmpty();
      Diagnostic d = r.diagnostics().get(0);
      assertThat(d.code()).isEqualTo(Code.C0001);
      assertThat(d.span().line()).isEqualTo(10);
      assertThat(d.span().column()).isEqualTo(16);
      assertThat(d.message()).contains("in this payment").contains("found `to`");
      assertThat(d.help()).isNotBlank();
      assertNoAntlrWording(r);
    }

    @Test
    void messagesNeverShowAntlrTokenNames() {
      List<String> broken = List.of(
          "agreement",
          "agreement x term",
          "agreement x term 2012 to",
          HEADER + "inputs P : ",
          HEADER + "article 1 share tax 50 to anhui",
          HEADER + "article 1 if P then",
          HEADER + "article 1 disputes go to",
          HEADER + "define x = (1 + ",
          HEADER + "fund f held",
          HEADER + "test \"t\" given",
          "parties a level",
          HEADER + "article 1 anhui pays 1 to zhejiang each",
          "agreement x \"A\" \"B\"");
      for (String text : broken) {
        ParseResult r = parse(text);
        assertThat(r.diagnostics()).as("diagnostics of %s", text).isNotEmpty();
        assertNoAntlrWording(r);
      }
    }

    @Test
    void allErrorsInAFileAreReported() {
      ParseResult r = parse(HEADER + """
          article 1
            central pays to anhui
          article 2
            share tax collected by anhui 50 to zhejiang
          article 3
            disputes go to arbitration central within 6 months
          """);
      List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.code() == Code.C0001).toList();
      assertThat(errors).extracting(d -> d.span().line()).contains(10, 12, 14);
    }

    @Test
    void errorCapStopsAfterTheLimitWithC0004() {
      StringBuilder text = new StringBuilder(HEADER);
      for (int i = 1; i <= 200; i++) text.append("article ").append(i).append(" central pays to anhui\n");
      ParseResult r = parse(text.toString());
      assertThat(codes(r)).contains(Code.C0004);
      assertThat(r.diagnostics()).hasSizeLessThanOrEqualTo(ParseLimits.DEFAULT.maxErrors() + 1);
    }

    @Test
    void unterminatedStringIsC0002() {
      ParseResult r = parse("agreement x \"Xin'an\n  term 2012 to 2014 yearly\n");
      assertThat(codes(r)).contains(Code.C0002);
      Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == Code.C0002).findFirst().orElseThrow();
      assertThat(d.span().line()).isEqualTo(1);
      assertThat(d.span().column()).isEqualTo(13);
      assertThat(codes(r)).doesNotContain(Code.C0001); // reported once, not as a cascade
    }

    @Test
    void strayCharacterIsC0003() {
      ParseResult r = parse("agreement x\n  term 2012 to 2014 yearly $\n");
      assertThat(r.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Code.C0003);
        assertThat(d.message()).contains("`$`");
        assertThat(d.span().line()).isEqualTo(2);
        assertThat(d.span().column()).isEqualTo(28);
      });
    }

    @Test
    void emptyFileIsC0006() {
      assertThat(codes(parse(""))).containsExactly(Code.C0006);
      assertThat(codes(parse("-- just a comment\n\n  \n"))).containsExactly(Code.C0006);
    }

    @Test
    void repeatedOptionIsC0010() {
      ParseResult r = parse(HEADER + "fund f held by anhui held by zhejiang");
      assertThat(codes(r)).containsExactly(Code.C0010);
      assertThat(r.diagnostics().get(0).message()).contains("`held by`").contains("fund");
    }

    @Test
    void invalidPeriodIsC0011() {
      assertThat(codes(parse("agreement x term 2013-13 to 2014 monthly"))).containsExactly(Code.C0011);
      assertThat(codes(parse("agreement x term 12 to 2014 yearly"))).containsExactly(Code.C0011);
    }

    @Test
    void misplacedHeaderIsC0012() {
      ParseResult r = parse("parties a \"A\" level province\nagreement x \"X\" term 2012 to 2014 yearly\n");
      assertThat(codes(r)).containsExactly(Code.C0012);
      assertThat(r.diagnostics().get(0).span().line()).isEqualTo(2);
    }

    @Test
    void tooManyPartiesOrPeriodsIsC0013() {
      assertThat(codes(parse("agreement x term 1900-01 to 2100-12 monthly"))).containsExactly(Code.C0013);
      // a year at the end of a monthly term stands for its December: 1950 to 2049 is 1,200 months
      assertThat(codes(parse("agreement x term 1950 to 2049 monthly"))).isEmpty();
      assertThat(parse("agreement x term 1950 to 2050 monthly").diagnostics().get(0).message()).contains("1212 periods");
      assertThat(codes(parse("agreement x term 1800Q1 to 2099 quarterly"))).isEmpty();
      assertThat(codes(parse("agreement x term 1800Q1 to 2100Q1 quarterly"))).containsExactly(Code.C0013);
      assertThat(codes(parse("agreement x term 2012 to 2014 yearly parties a level province b level province",
          ParseLimits.DEFAULT.withMaxParties(1)))).containsExactly(Code.C0013);
    }

    private static void assertNoAntlrWording(ParseResult r) {
      for (Diagnostic d : r.diagnostics()) {
        assertThat(d.message() + " " + d.help())
            .as("wording of %s", d)
            .doesNotContain("IDENT", "NUMBER", "PERCENT", "STRING", "PERIOD", "<EOF>", "'pays'", "'to'", "extraneous",
                "mismatched", "no viable alternative", "missing");
      }
    }
  }

  @Nested
  class Limits {
    @Test
    @Timeout(10)
    void tenThousandNestedParenthesesAreC0007WithoutStackOverflow() {
      String text = HEADER + "define x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000);
      assertThatCode(() -> {
        ParseResult r = parse(text);
        assertThat(codes(r)).contains(Code.C0007);
      }).doesNotThrowAnyException();
    }

    @Test
    @Timeout(10)
    void deeplyNestedBlocksAndPrefixOperatorsAreC0007() {
      String ifs = "if true then ".repeat(10_000) + "end".repeat(10_000);
      assertThat(codes(parse(HEADER + "article 1 " + ifs))).contains(Code.C0007);
      assertThat(codes(parse(HEADER + "define x = " + "- ".repeat(10_000) + "1"))).contains(Code.C0007);
      assertThat(codes(parse(HEADER + "define x = " + "not ".repeat(10_000) + "true"))).contains(Code.C0007);
    }

    @Test
    @Timeout(60)
    void parsesFromManyThreadsAtOnceOnReusedWorkers() throws Exception {
      // parse worker threads are reused: concurrent callers must each get their own, and their own result
      String deep = HEADER + "define x = " + String.join(" + ", java.util.Collections.nCopies(10_000, "1"));
      List<String> texts = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) texts.add(i % 2 == 0 ? deep : HEADER + "define x = " + i);
      List<List<Code>> alone = texts.stream().map(t -> codes(parse(t))).toList();
      assertThat(alone).allMatch(List::isEmpty);
      java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 3; round++) {
          List<java.util.concurrent.Future<List<Code>>> together = new java.util.ArrayList<>();
          for (String t : texts) together.add(callers.submit(() -> codes(parse(t))));
          for (int i = 0; i < texts.size(); i++) assertThat(together.get(i).get()).isEqualTo(alone.get(i));
        }
      } finally {
        callers.shutdownNow();
      }
    }

    @Test
    @Timeout(20)
    void tenThousandTermSumsParse() {
      String sum = String.join(" + ", java.util.Collections.nCopies(10_000, "1"));
      Agreement a = clean(HEADER + "define x = " + sum);
      assertThat(a.definitions().get(0).body()).isInstanceOf(Expr.Binary.class);
    }

    @Test
    void anExpressionDeeperThanTheFixedBoundIsC0007() {
      String sum = String.join(" + ", java.util.Collections.nCopies(100_002, "1"));
      ParseResult r = parse(HEADER + "define x = " + sum);
      assertThat(codes(r)).containsExactly(Code.C0007);
      assertThat(r.agreement()).isNull();
      assertThat(r.diagnostics().get(0).message()).contains("100001 levels deep").contains("limit of 100000");
    }

    @Test
    void longNumberIsC0009() {
      ParseResult r = parse(HEADER + "define x = " + "9".repeat(41));
      assertThat(codes(r)).containsExactly(Code.C0009);
      assertThat(r.diagnostics().get(0).message()).contains("41 digits").contains("40");
      assertThat(codes(parse(HEADER + "define x = " + "9".repeat(40)))).isEmpty();
    }

    @Test
    @Timeout(10)
    void binaryGarbageGivesDiagnosticsNotExceptions() {
      Random random = new Random(42);
      for (int round = 0; round < 20; round++) {
        byte[] bytes = new byte[2_000];
        random.nextBytes(bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThatCode(() -> assertThat(parse(text).diagnostics()).isNotEmpty()).doesNotThrowAnyException();
      }
      String nuls = "agreement x\u0000\u0000 term 2012 to 2014 yearly";
      assertThat(codes(parse(nuls))).contains(Code.C0003);
    }

    @Test
    @Timeout(10)
    void fiftyMegabytesIsC0008Quickly() {
      String big = "-".repeat(50 * 1024 * 1024);
      long start = System.nanoTime();
      ParseResult r = parse(big);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      assertThat(codes(r)).containsExactly(Code.C0008);
      assertThat(r.diagnostics().get(0).message()).contains("52428800").contains("8388608");
    }
  }
}
