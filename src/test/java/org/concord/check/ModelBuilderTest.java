package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Granularity;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.model.ValueType;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {
  static final String XINAN = """
      agreement xinan_river_2012 "Xin'an River Basin Ecological Compensation (Pilot)"
        term 2012 to 2014 yearly
        currency CNY millions
        rounding 0.01 half-even

      parties
        central  "Central Government (Ministry of Finance)" level national
        anhui    "Anhui Province"    level province parent central
        zhejiang "Zhejiang Province" level province parent central

      inputs
        P "Water quality index at the Jiekou cross-border section" : number in [0, 5] per period

      fund basin "Xin'an River Compensation Fund" held by anhui on shortfall arrears carry over

      article 1 "Central subsidy"
        central pays 300 to basin each year

      article 2 "Compensation"
        if P <= 1 then zhejiang pays 100 to anhui
        else anhui pays 100 to zhejiang
        end

      article 3 "Disputes"
        disputes under article 2 go to consultation between anhui and zhejiang within 2 months
          then arbitration by central within 6 months, binding
        contested payments held in escrow
      """;

  @Test
  void xinanRiverBecomesAModelWithSlotsSchedulesAndTypedFormulas() {
    Model m = Checked.of(XINAN).clean().model();
    assertThat(m.id()).isEqualTo("xinan_river_2012");
    assertThat(m.currency()).isEqualTo("CNY");
    assertThat(m.scale()).isEqualTo("millions");
    assertThat(m.term().granularity()).isEqualTo(Granularity.YEARLY);
    assertThat(m.term().labels()).containsExactly("2012", "2013", "2014");
    assertThat(m.rounding()).isEqualTo(new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, Rounding.NO_ACCOUNT, true));

    assertThat(m.accounts()).extracting(Account::id).containsExactly("central", "anhui", "zhejiang", "basin", "escrow");
    assertThat(m.accounts()).extracting(Account::kind)
        .containsExactly(AccountKind.PARTY, AccountKind.PARTY, AccountKind.PARTY, AccountKind.FUND, AccountKind.ESCROW);
    assertThat(m.account("anhui").parent()).isEqualTo(0);
    assertThat(m.account("central").parent()).isEqualTo(Rounding.NO_ACCOUNT);
    assertThat(m.account("anhui").level()).isEqualTo("province");

    assertThat(m.inputs()).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ValueType.NUMBER);
      assertThat(p.low()).isEqualByComparingTo("0");
      assertThat(p.high()).isEqualByComparingTo("5");
      assertThat(p.constant()).isFalse();
    });
    assertThat(m.funds()).singleElement().isEqualTo(new Fund(3, 1,
        m.funds().getFirst().initialBalance(), Fund.Shortfall.ARREARS, true, Rounding.NO_ACCOUNT, m.funds().getFirst().span()));

    Provision.Payment subsidy = (Provision.Payment) m.articles().getFirst().provisions().getFirst();
    assertThat(subsidy.payer()).isEqualTo(new Formula.FixedParty(0));
    assertThat(subsidy.payee()).isEqualTo(new Formula.FixedParty(3));
    assertThat(subsidy.amount()).isInstanceOfSatisfying(Formula.Constant.class, c -> {
      assertThat(c.value()).isEqualByComparingTo("300");
      assertThat(c.type()).isEqualTo(ValueType.MONEY);
    });
    assertThat(subsidy.schedule()).isEqualTo(new Schedule(0, 2));

    Provision.Conditional comp = (Provision.Conditional) m.articles().get(1).provisions().getFirst();
    Formula.Comparison cond = (Formula.Comparison) comp.branches().getFirst().condition();
    assertThat(cond.left()).isInstanceOf(Formula.InputValue.class);
    assertThat(cond.right().type()).as("the untyped 1 takes P's type").isEqualTo(ValueType.NUMBER);
    assertThat(comp.otherwise()).hasSize(1);

    Provision.DisputeRoute route = m.all(Provision.DisputeRoute.class).getFirst();
    assertThat(route.articles()).containsExactly("2");
    assertThat(route.escrow()).isTrue();
    assertThat(route.steps()).extracting(Provision.Forum::months).containsExactly(2, 6);
    assertThat(route.steps()).extracting(Provision.Forum::binding).containsExactly(false, true);
    assertThat(route.steps().get(1).parties()).containsExactly(0);
    assertThat(route.costs()).isEqualTo(Provision.CostBearer.UNSTATED);
  }

  @Test
  void quarterlyTermsCountDurationsInQuarters() {
    Model m = Checked.of("""
        agreement q "Q"
          term 2012Q3 to 2013Q4 quarterly
          currency CNY
        parties
          a "A" level province
          b "B" level province
        article 1
          a pays 10 to b each quarter from 2012Q4 for 1 year
          a pays 5 to b in 2013Q2
          a pays 1 to b through 2013Q1
        """).clean().model();
    assertThat(m.term().labels()).containsExactly("2012Q3", "2012Q4", "2013Q1", "2013Q2", "2013Q3", "2013Q4");
    assertThat(m.term().granularity()).isEqualTo(Granularity.QUARTERLY);
    List<Provision.Payment> ps = m.all(Provision.Payment.class);
    assertThat(ps).extracting(Provision.Payment::schedule)
        .containsExactly(new Schedule(1, 4), new Schedule(3, 3), new Schedule(0, 2));
    assertThat(m.rounding()).isEqualTo(Rounding.exact());
  }

  @Test
  void monthlyTermsAndDurationsInMonths() {
    Model m = Checked.of("""
        agreement mo "M"
          term 2012-11 to 2013-02 monthly
          currency CNY
        parties
          a "A" level county
          b "B" level county
        article 1
          a pays 10 to b for 2 months
        """).clean().model();
    assertThat(m.term().labels()).containsExactly("2012-11", "2012-12", "2013-01", "2013-02");
    assertThat(m.all(Provision.Payment.class).getFirst().schedule()).isEqualTo(new Schedule(0, 1));
  }

  @Test
  void forEachAndBasisVariablesGetTheirOwnSlots() {
    Model m = Checked.of("""
        agreement f "F"
          term 2020 to 2021 yearly
          currency EUR
        parties
          fed "Federation" level national
          a "A" level province parent fed
          b "B" level province parent fed
          conf "Conference" level body members a, b
        inputs
          revenue "Revenue" : money by party
          population "Population" : count by party
        define capacity[p] "Capacity per head" = revenue[p] / population[p]
        define average "Average capacity" = sum(revenue) / sum(population)
        fund pool "Pool" held by conf on shortfall pro-rata
        article 1
          members of conf contribute 100 to pool in proportion to revenue
          pool distributes 90% of balance(pool) to a, b equalising capacity
        article 2
          for each p in members of conf do
            if capacity[p] < 80% of average then fed pays 10% of revenue[p] to p end
          end
        """).clean().model();
    assertThat(m.definitions()).extracting(d -> d.id()).containsExactly("capacity", "average");
    var capacity = m.definitions().getFirst();
    assertThat(capacity.byParty()).isTrue();
    assertThat(capacity.type()).isEqualTo(ValueType.MONEY);
    Formula.Arithmetic div = (Formula.Arithmetic) capacity.body();
    assertThat(((Formula.InputValue) div.left()).party()).isEqualTo(new Formula.BoundParty(capacity.variable()));

    var average = m.definitions().get(1);
    Formula.Arithmetic avg = (Formula.Arithmetic) average.body();
    Formula.Aggregate sum = (Formula.Aggregate) avg.left();
    assertThat(sum.fn()).isEqualTo(Formula.Aggregation.SUM);
    assertThat(sum.parties()).as("every party but the joint body").containsExactly(0, 1, 2);
    assertThat(((Formula.InputValue) sum.body()).party()).isEqualTo(new Formula.BoundParty(sum.variable()));

    Provision.Contribution c = m.all(Provision.Contribution.class).getFirst();
    assertThat(c.contributors()).containsExactly(1, 2);
    Provision.Proportional basis = (Provision.Proportional) c.basis();
    assertThat(((Formula.InputValue) basis.weight()).party()).isEqualTo(new Formula.BoundParty(basis.variable()));

    Provision.Distribution d = m.all(Provision.Distribution.class).getFirst();
    assertThat(d.basis()).isInstanceOf(Provision.Equalising.class);
    assertThat(d.amount().type()).isEqualTo(ValueType.MONEY);

    Provision.ForEach loop = m.all(Provision.ForEach.class).getFirst();
    Provision.Payment pay = m.all(Provision.Payment.class).getFirst();
    assertThat(pay.payee()).isEqualTo(new Formula.BoundParty(loop.variable()));

    List<Integer> variables = List.of(capacity.variable(), sum.variable(), basis.variable(),
        ((Provision.Equalising) d.basis()).variable(), loop.variable());
    assertThat(variables).doesNotHaveDuplicates();
    assertThat(m.variables()).isGreaterThan(variables.stream().mapToInt(Integer::intValue).max().orElseThrow());
  }

  @Test
  void definitionsAreOrderedSoEachUsesOnlyEarlierOnes() {
    Model m = Checked.of("""
        agreement d "D"
          term 2020 to 2020 yearly
          currency EUR
        parties
          a "A" level province
          b "B" level province
        inputs
          x "X" : money
        define total = half + half
        define half = share_rate of x
        define share_rate = 50%
        article 1
          a pays total to b
        """).clean().model();
    assertThat(m.definitions()).extracting(d -> d.id()).containsExactly("share_rate", "half", "total");
    assertThat(m.definitions()).extracting(d -> d.slot()).containsExactly(0, 1, 2);
    assertThat(m.definitions()).extracting(d -> d.type())
        .containsExactly(ValueType.PERCENT, ValueType.MONEY, ValueType.MONEY);
  }

  @Test
  void sharesObligationsAndPenalties() {
    Model m = Checked.of("""
        agreement s "S"
          term 2016 to 2021 yearly
          currency CNY millions
          rounding 0.01 half-up remainder to hebei
        parties
          beijing "Beijing" level province
          hebei "Hebei" level province
        inputs
          tax "Tax" : money CNY by party collected by hebei
          cap "Cap" : money constant
        fund pot "Pot" held by hebei
        article 1
          share tax 50% to beijing 50% to hebei until beijing has received cap for 3 years from 2016
        article 2
          obligation pay_in "Pay in" beijing must pay 10 to pot by 2017
          penalty on breach of pay_in: pays 1 + 10% of arrears to hebei
            interest 0.5% per period on arrears to hebei
            escalating 50% per repeat
        """).clean().model();
    assertThat(m.rounding().remainderTo()).isEqualTo(1);
    assertThat(m.rounding().largestRemainder()).isFalse();
    Provision.Share share = m.all(Provision.Share.class).getFirst();
    assertThat(share.collector()).isEqualTo(1);
    assertThat(share.baseInput()).isEqualTo(0);
    assertThat(share.portions()).extracting(Provision.Portion::fraction).containsExactly(new BigDecimal("0.50"), new BigDecimal("0.50"));
    assertThat(share.capParty()).isEqualTo(0);
    assertThat(share.schedule()).isEqualTo(new Schedule(0, 2));
    Provision.Obligation o = m.all(Provision.Obligation.class).getFirst();
    assertThat(o.index()).isZero();
    assertThat(o.deadline()).isEqualTo(1);
    Provision.Penalty p = m.all(Provision.Penalty.class).getFirst();
    assertThat(p.obligation()).isZero();
    assertThat(p.payer()).isEqualTo(Rounding.NO_ACCOUNT);
    assertThat(p.amount().type()).isEqualTo(ValueType.MONEY);
    assertThat(p.interestRate()).isEqualByComparingTo("0.005");
    assertThat(p.escalationRate()).isEqualByComparingTo("0.5");
    assertThat(m.input("tax").collectedBy()).isEqualTo(1);
  }

  @Test
  void importedPartiesComeFirst() {
    Model m = Checked.of("""
        agreement own "Own"
          term 2020 to 2020 yearly
          currency EUR
        parties
          c "C" level county
        outside firms "Firms"
        article 1
          firms pays 5 to a
          c pays 5 to b
        """, """
        agreement shared "Shared parties"
          term 2020 to 2020 yearly
          currency EUR
        parties
          a "A" level county
          b "B" level county
        """).clean().model();
    assertThat(m.accounts()).extracting(Account::id).containsExactly("a", "b", "c", "firms");
    assertThat(m.account("firms").kind()).isEqualTo(AccountKind.OUTSIDE);
  }

  @Test
  void aCoarserPeriodStandsForTheTermsPeriodsWithinIt() {
    Model m = Checked.of("""
        agreement q "Q"
          term 2012Q3 to 2014Q2 quarterly
          currency CNY
        parties
          a "A" level province
          b "B" level province
        article 1
          a pays 1 to b in 2013
          a pays 2 to b from 2013 through 2014
          a pays 3 to b through 2012
          obligation report "Report" a must ensure true by 2013
        """).clean().model();
    assertThat(m.all(Provision.Payment.class)).extracting(Provision.Payment::schedule)
        .containsExactly(new Schedule(2, 5), new Schedule(2, 7), new Schedule(0, 1));
    assertThat(m.all(Provision.Obligation.class).getFirst().deadline()).isEqualTo(5);
  }

  @Test
  void untypedLiteralsAndDefinitionsTakeTheirTypeFromTheContext() {
    Model m = Checked.of("""
        agreement u "U"
          term 2020 to 2020 yearly
          currency CNY
        parties
          a "A" level province
          b "B" level province
        inputs
          treated "Tonnes treated" : number
        define stake = 100
        define doubled = stake * 2
        article 1
          a pays doubled to b
          a pays 0.5 * treated to b
        """).clean().model();
    assertThat(m.definitions()).extracting(d -> d.type()).containsExactly(ValueType.MONEY, ValueType.MONEY);
    Provision.Payment byTonne = m.all(Provision.Payment.class).get(1);
    assertThat(byTonne.amount().type()).isEqualTo(ValueType.MONEY);
  }

  @Test
  void aRegistryOfPartiesNeedsNoTermOrCurrency() {
    Checked c = Checked.of("""
        agreement registry "Party registry"
        parties
          central "Central" level national
          anhui "Anhui" level province parent central
        """);
    assertThat(c.errors()).isEmpty();
    assertThat(c.model().term().size()).isZero();
  }

  @Test
  void allPartiesIncludesJointBodiesButAggregatesDoNot() {
    Model m = Checked.of("""
        agreement a "A"
          term 2020 to 2020 yearly
          currency EUR
        parties
          x "X" level province
          y "Y" level province
          council "Council" level body members x, y
        inputs
          gdp "GDP" : money by party
        fund pot "Pot" held by council
        article 1
          all parties contribute 1% of sum(gdp) to pot in proportion to gdp
        """).clean().model();
    Provision.Contribution c = m.all(Provision.Contribution.class).getFirst();
    assertThat(c.contributors()).containsExactly(0, 1, 2);
    Formula.Aggregate sum = (Formula.Aggregate) ((Formula.Arithmetic) c.amount()).right();
    assertThat(sum.parties()).containsExactly(0, 1);
  }

  @Test
  void insideForEachAFundPaysOrIsPaidByTheLoopsParty() {
    Model m = Checked.of("""
        agreement l "L"
          term 2020 to 2020 yearly
          currency EUR
        parties
          x "X" level province
          y "Y" level province
        fund pot "Pot" held by x on shortfall pro-rata
        article 1
          for each p in x, y do
            p contribute 5 to pot
            pot distributes 2 to p
          end
        """).clean().model();
    Provision.ForEach loop = m.all(Provision.ForEach.class).getFirst();
    assertThat(loop.body()).hasSize(2).allSatisfy(p -> assertThat(p).isInstanceOf(Provision.Payment.class));
    Provision.Payment in = (Provision.Payment) loop.body().getFirst();
    Provision.Payment outOf = (Provision.Payment) loop.body().get(1);
    assertThat(in.payer()).isEqualTo(new Formula.BoundParty(loop.variable()));
    assertThat(in.payee()).isEqualTo(new Formula.FixedParty(2));
    assertThat(outOf.payer()).isEqualTo(new Formula.FixedParty(2));
    assertThat(outOf.payee()).isEqualTo(new Formula.BoundParty(loop.variable()));
  }

  @Test
  void anUntypedDefinitionIsMoneyWhenAnyUseNeedsMoney() {
    Model m = Checked.of("""
        agreement u "U"
          term 2020 to 2020 yearly
          currency CNY
        parties
          a "A" level province
          b "B" level province
        define stake = 100
        article 1
          if stake > 0 then a pays stake to b end
        """).clean().model();
    assertThat(m.definitions().getFirst().type()).isEqualTo(ValueType.MONEY);
    Provision.Conditional c = (Provision.Conditional) m.articles().getFirst().provisions().getFirst();
    Formula.Comparison cond = (Formula.Comparison) c.branches().getFirst().condition();
    assertThat(cond.right().type()).isEqualTo(ValueType.MONEY);
  }
}
