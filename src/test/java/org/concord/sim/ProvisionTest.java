package org.concord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.sim.Fixture.NONE;
import static org.concord.sim.Fixture.bound;
import static org.concord.sim.Fixture.p;
import static org.concord.sim.SimAssert.balance;
import static org.concord.sim.SimAssert.codes;
import static org.concord.sim.SimAssert.events;
import static org.concord.sim.SimAssert.flows;
import static org.concord.sim.SimAssert.net;

import java.math.BigDecimal;
import java.util.List;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Schedule;
import org.concord.model.ValueType;
import org.concord.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** One test per provision kind, on hand-built models (spec/semantics.md, "Simulation"). */
class ProvisionTest {

  @Test
  void paymentsFollowTheConditionAndCiteIt() {
    Fixture f = Fixture.years(2012, 2013);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int zhejiang = f.party("zhejiang");
    int P = f.input("P", ValueType.NUMBER, false, "0", "5", null);
    f.article("1", f.pays(central, f.money("300"), anhui));
    f.article("2", f.ifThen(f.cmp(Formula.ComparisonOp.LE, f.in(P), f.num("1")),
        List.of(f.pays(zhejiang, f.money("100"), anhui)),
        List.of(f.pays(anhui, f.money("100"), zhejiang))));
    Model m = f.build();
    Scenario s = Scenario.builder(m).value(P, -1, 0, new BigDecimal("0.8")).value(P, -1, 1, new BigDecimal("1.2")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(flows(r)).containsExactly(
        "2012 central->anhui 300.00 [1]", "2012 zhejiang->anhui 100.00 [2]",
        "2013 central->anhui 300.00 [1]", "2013 anhui->zhejiang 100.00 [2]");
    assertThat(r.flows().get(1).reason()).isEqualTo("P = 0.8 <= 1; 100");
    assertThat(r.flows().get(3).reason()).isEqualTo("P = 1.2 > 1; 100");
    assertThat(r.flows().get(1).uses()).containsExactly(new Use("P", "2012", "0.8"));
    assertThat(net(r, "anhui", 0)).isEqualTo("400.00");
    assertThat(net(r, "anhui", 1)).isEqualTo("200.00");
  }

  @Test
  void shareStopsAtItsCapPartlyInThePeriodItIsReached() {
    Fixture f = Fixture.years(2014, 2017);
    int beijing = f.party("beijing");
    int hebei = f.party("hebei");
    int tax = f.input("relocated_tax", ValueType.MONEY, true, "0", null, null);
    f.article("4", new Provision.Share(tax, hebei,
        List.of(new Provision.Portion(new BigDecimal("0.5"), beijing, f.span()), new Provision.Portion(new BigDecimal("0.5"), hebei, f.span())),
        NONE, beijing, f.money("250"), null, new Schedule(0, 2), f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(tax, hebei, new BigDecimal("200")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(flows(r)).containsExactly(
        "2014 hebei->beijing 100.00 [4]", "2015 hebei->beijing 100.00 [4]", "2016 hebei->beijing 50.00 [4]");
    assertThat(events(r)).containsExactly("2016 cap article=4,cap=250.00,party=beijing,received=250.00");
    assertThat(r.flows().get(2).reason()).contains("50% of relocated_tax[hebei] = 200.00").contains("until beijing has received 250.00");
  }

  @Test
  void shareRespectsAPerPeriodCapAndGivesTheRemainder() {
    Fixture f = Fixture.years(2014, 2014);
    int a = f.party("a");
    int b = f.party("b");
    int c = f.party("c");
    int base = f.input("base", ValueType.MONEY, false, null, null, null);
    f.article("1", new Provision.Share(base, a, List.of(new Provision.Portion(new BigDecimal("0.3"), b, f.span())),
        c, b, null, f.money("20"), f.always(), f.span()));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).constant(base, -1, new BigDecimal("100")).build());
    assertThat(flows(r)).containsExactly("2014 a->b 20.00 [1]", "2014 a->c 70.00 [1]");
  }

  @Test
  void distributionsEquallyProportionallyAndEqualising() {
    Fixture f = Fixture.years(2020, 2020);
    int x = f.party("x");
    int y = f.party("y");
    int z = f.party("z");
    int basin = f.fund("basin", x, "1000", Fund.Shortfall.PRO_RATA, true, NONE);
    int pop = f.input("pop", ValueType.NUMBER, true, null, null, null);
    int v1 = f.variable();
    int v2 = f.variable();
    f.article("1", new Provision.Distribution(basin, f.money("100"), List.of(x, y, z), new Provision.Equally(), f.always(), f.span()));
    f.article("2", new Provision.Distribution(basin, f.money("100"), List.of(x, y, z),
        new Provision.Proportional(v1, f.in(pop, bound(v1))), f.always(), f.span()));
    f.article("3", new Provision.Distribution(basin, f.money("30"), List.of(x, y, z),
        new Provision.Equalising(v2, f.in(pop, bound(v2))), f.always(), f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(pop, x, new BigDecimal("10")).constant(pop, y, new BigDecimal("20"))
        .constant(pop, z, new BigDecimal("70")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(flows(r)).containsExactly(
        "2020 basin->x 33.34 [1]", "2020 basin->y 33.33 [1]", "2020 basin->z 33.33 [1]",
        "2020 basin->x 10.00 [2]", "2020 basin->y 20.00 [2]", "2020 basin->z 70.00 [2]",
        // lowest first: x (10) is lifted to 20, then x and y together to 30
        "2020 basin->x 20.00 [3]", "2020 basin->y 10.00 [3]");
    assertThat(balance(r, "basin", 0)).isEqualTo("770.00");
    assertThat(r.flows().get(4).reason()).contains("in proportion to pop[y] = 20 of 100");
  }

  @Test
  void contributionsSplitTheTotalAndFundsLapseWhenNotCarriedOver() {
    Fixture f = Fixture.years(2020, 2021);
    int x = f.party("x");
    int y = f.party("y");
    int treasury = f.outside("treasury");
    int pot = f.fund("pot", x, null, Fund.Shortfall.PRO_RATA, false, treasury);
    int gdp = f.input("gdp", ValueType.MONEY, true, null, null, null);
    int v = f.variable();
    f.article("1", new Provision.Contribution(List.of(x, y), f.money("10"), pot, new Provision.Proportional(v, f.in(gdp, bound(v))),
        f.always(), f.span()));
    f.article("2", new Provision.Payment(p(pot), f.money("4"), p(y), f.always(), f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(gdp, x, new BigDecimal("1")).constant(gdp, y, new BigDecimal("2")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(flows(r)).containsExactly(
        "2020 x->pot 3.33 [1]", "2020 y->pot 6.67 [1]", "2020 pot->y 4.00 [2]", "2020 pot->treasury 6.00 [null]",
        "2021 x->pot 3.33 [1]", "2021 y->pot 6.67 [1]", "2021 pot->y 4.00 [2]", "2021 pot->treasury 6.00 [null]");
    assertThat(balance(r, "pot", 1)).isEqualTo("0.00");
  }

  private static Model shortFund(Fund.Shortfall policy) {
    Fixture f = Fixture.years(2020, 2021);
    int x = f.party("x");
    int y = f.party("y");
    int fund = f.fund("fund", x, "90", policy, true, NONE);
    f.article("1", new Provision.Payment(p(fund), f.money("60"), p(x), f.always(), f.span()),
        new Provision.Payment(p(fund), f.money("60"), p(y), f.always(), f.span()));
    f.article("2", new Provision.Payment(p(y), f.money("30"), p(fund), f.always(), f.span()));
    return f.build();
  }

  @Test
  void proRataShortfallReducesEveryPayoutAlike() {
    Model m = shortFund(Fund.Shortfall.PRO_RATA);
    SimulationResult r = Simulator.simulate(m, Scenario.empty(m));
    // 2020: holds 90 + 30 inflow = 120 = asked; 2021: holds 30, asked 120
    assertThat(flows(r)).containsExactly(
        "2020 y->fund 30.00 [2]", "2020 fund->x 60.00 [1]", "2020 fund->y 60.00 [1]",
        "2021 y->fund 30.00 [2]", "2021 fund->x 15.00 [1]", "2021 fund->y 15.00 [1]");
    assertThat(events(r)).containsExactly(
        "2021 shortfall available=30.00,fund=fund,paid=30.00,policy=pro-rata,requested=120.00,unpaid=90.00");
  }

  /** A fund sums the period's payouts in whole increments while they fit a long: a sum beyond one is still a shortfall. */
  @Test
  void aShortfallIsFoundWhenThePayoutsSumBeyondALong() {
    Fixture f = Fixture.years(2020, 2020);
    int x = f.party("x");
    int fund = f.fund("fund", x, "5e16", Fund.Shortfall.PRO_RATA, true, NONE);
    // eleven payouts of 9e15 (9e17 hundredths each): 9.9e18 hundredths in all, beyond 2^63
    Provision[] payouts = new Provision[11];
    for (int i = 0; i < payouts.length; i++) payouts[i] = new Provision.Payment(p(fund), f.money("9e15"), p(x), f.always(), f.span());
    f.article("1", payouts);
    Model m = f.build();
    SimulationResult r = Simulator.plan(m).simulate(Scenario.empty(m), Simulator.Detail.LEDGER);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(events(r)).singleElement().asString().startsWith("2020 shortfall").contains("requested=99000000000000000.00");
    assertThat(r.account("fund").balance().get(0).signum()).isZero();
  }

  @Test
  void arrearsShortfallPaysInOrderAndOwesTheRest() {
    Model m = shortFund(Fund.Shortfall.ARREARS);
    SimulationResult r = Simulator.simulate(m, Scenario.empty(m));
    assertThat(flows(r)).containsExactly(
        "2020 y->fund 30.00 [2]", "2020 fund->x 60.00 [1]", "2020 fund->y 60.00 [1]",
        "2021 y->fund 30.00 [2]", "2021 fund->x 30.00 [1]");
    assertThat(events(r)).hasSize(1);
  }

  @Test
  void undeclaredShortfallIsAnError() {
    Model m = shortFund(Fund.Shortfall.UNDECLARED);
    SimulationResult r = Simulator.simulate(m, Scenario.empty(m));
    assertThat(codes(r)).containsExactly("C1103");
    assertThat(r.diagnostics().get(0).message()).isEqualTo("fund `fund` must pay 120.00 in 2021 but holds 30.00, and it declares no shortfall policy");
  }

  @Test
  void forEachBindsTheParty() {
    Fixture f = Fixture.years(2020, 2020);
    int c = f.party("centre");
    int a = f.party("a");
    int b = f.party("b");
    int pop = f.input("pop", ValueType.NUMBER, true, null, null, null);
    int v = f.variable();
    f.article("1", new Provision.ForEach(v, List.of(a, b), List.of(
        new Provision.Payment(p(c), f.op(Formula.ArithmeticOp.MUL, f.in(pop, bound(v)), f.money("2")), bound(v), f.always(), f.span())), f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(pop, a, new BigDecimal("1.5")).constant(pop, b, new BigDecimal("4")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(flows(r)).containsExactly("2020 centre->a 3.00 [1]", "2020 centre->b 8.00 [1]");
    assertThat(r.flows().get(1).reason()).isEqualTo("pop[b] * 2 = 8.00");
  }

  @Test
  void divisionByZeroNamesArticlePeriodAndValues() {
    Fixture f = Fixture.years(2020, 2020);
    int a = f.party("a");
    int b = f.party("b");
    int n = f.input("n", false);
    f.article("7", f.pays(a, f.op(Formula.ArithmeticOp.DIV, f.money("10"), f.in(n)), b));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).constant(n, -1, BigDecimal.ZERO).build());
    assertThat(codes(r)).containsExactly("C1101");
    assertThat(r.diagnostics().get(0).message()).isEqualTo("division by zero in article 7 in 2020: `10` is 10 and `n` is zero");
    assertThat(r.flows()).isEmpty();
  }

  @Test
  void overflowNegativeAmountAndMissingInputAreDiagnostics() {
    Fixture f = Fixture.years(2020, 2020);
    int a = f.party("a");
    int b = f.party("b");
    int n = f.input("n", false);
    int gdp = f.input("gdp", ValueType.MONEY, true, null, null, null);
    f.article("1", f.pays(a, f.op(Formula.ArithmeticOp.MUL, f.in(n), f.money("1e20")), b));
    f.article("2", f.pays(a, f.money("-5"), b));
    f.article("3", f.pays(a, f.in(gdp, p(b)), b));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).constant(n, -1, new BigDecimal("1e20")).build());
    assertThat(codes(r)).containsExactlyInAnyOrder("C1102", "C1104", "C1010");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo("no value for `gdp` for `b` in 2020, and the input has no default"));
  }

  /**
   * A run without reasons runs compiled actions, not the steps (Action): an overflow, which has
   * no place of its own, must point at the same clause there, in each kind of action.
   */
  @Test
  void aLedgerOnlyRunReportsEveryDiagnosticWhereAnExplainedRunDoes() {
    Fixture f = Fixture.years(2020, 2021);
    int a = f.party("a");
    int b = f.party("b");
    int fund = f.fund("pool", a, "1000", Fund.Shortfall.PRO_RATA, true, NONE);
    int n = f.input("n", false);
    Formula huge = f.op(Formula.ArithmeticOp.MUL, f.in(n), f.money("1e20"));
    f.article("1", f.pays(a, huge, b));
    f.article("2", new Provision.Distribution(fund, huge, List.of(b), new Provision.Equally(), f.always(), f.span()));
    f.article("3", new Provision.Contribution(List.of(a, b), huge, fund, new Provision.Equally(), f.always(), f.span()));
    f.article("4", f.ifThen(f.cmp(Formula.ComparisonOp.GT, huge, f.num("0")), List.of(f.pays(b, f.money("1"), a)), List.of()));
    f.article("5", f.ifThen(f.cmp(Formula.ComparisonOp.LE, f.in(n), f.num("0")), List.of(),
        List.of(f.pays(b, huge, a), f.pays(b, f.money("2"), a))));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(n, -1, new BigDecimal("1e20")).build();
    SimulationResult explained = Simulator.simulate(m, s);
    SimulationResult ledger = Simulator.plan(m).simulate(s, Simulator.Detail.LEDGER);
    assertThat(codes(explained)).containsOnly("C1102").hasSize(10);
    assertThat(explained.diagnostics()).extracting(d -> d.span().line() + " " + d.message()).doesNotHaveDuplicates();
    assertThat(ledger.diagnostics()).isEqualTo(explained.diagnostics());
    // the branch's other clause still pays, as the explained run does
    assertThat(flows(ledger)).containsExactly("2020 b->a 2.00 [5]", "2021 b->a 2.00 [5]");
  }

  @Test
  void inputDefaultsDefinitionsPreviousAndCumulative() {
    Fixture f = Fixture.years(2020, 2022);
    int a = f.party("a");
    int b = f.party("b");
    int g = f.input("g", ValueType.MONEY, false, null, null, "5");
    int d = f.define("double_g", false, -1, f.op(Formula.ArithmeticOp.MUL, f.in(g), f.num("2")));
    Formula prev = new Formula.Previous(f.def(d, null), f.money("1"), ValueType.MONEY, f.span());
    Formula cum = new Formula.Cumulative(f.in(g), ValueType.MONEY, f.span());
    f.article("1", f.pays(a, prev, b), f.pays(b, cum, a));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).value(g, -1, 1, new BigDecimal("7")).build());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(flows(r)).containsExactly(
        "2020 a->b 1.00 [1]", "2020 b->a 5.00 [1]",
        "2021 a->b 10.00 [1]", "2021 b->a 12.00 [1]",
        "2022 a->b 14.00 [1]", "2022 b->a 17.00 [1]");
  }

  @Test
  void weightsThatCannotDivideAndEmptyAggregatesAreDiagnostics() {
    Fixture f = Fixture.years(2020, 2020);
    int a = f.party("a");
    int b = f.party("b");
    int pot = f.fund("pot", a, "100", Fund.Shortfall.PRO_RATA, true, NONE);
    int w = f.input("w", ValueType.NUMBER, true, null, null, "0");
    int v = f.variable();
    int u = f.variable();
    f.article("1", new Provision.Distribution(pot, f.money("10"), List.of(a, b), new Provision.Proportional(v, f.in(w, bound(v))),
        f.always(), f.span()));
    f.article("2", f.pays(a, new Formula.Aggregate(Formula.Aggregation.MEAN, u, List.of(), f.in(w, bound(u)), ValueType.NUMBER, f.span()), b));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.empty(m));
    assertThat(codes(r)).containsExactlyInAnyOrder("C1105", "C1106");
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo("article 1 cannot divide its amount in 2020: every weight is zero"));
  }

  @Test
  void aNegativeWeightIsAnError() {
    Fixture f = Fixture.years(2020, 2020);
    int a = f.party("a");
    int b = f.party("b");
    int pot = f.fund("pot", a, "100", Fund.Shortfall.PRO_RATA, true, NONE);
    int w = f.input("w", ValueType.NUMBER, true, null, null, null);
    int v = f.variable();
    f.article("3", new Provision.Distribution(pot, f.money("10"), List.of(a, b), new Provision.Proportional(v, f.in(w, bound(v))),
        f.always(), f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).constant(w, a, BigDecimal.ONE).constant(w, b, new BigDecimal("-2")).build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(codes(r)).containsExactly("C1105");
    assertThat(r.diagnostics().get(0).message()).isEqualTo("article 3 cannot divide its amount in 2020: the weight of `b` is -2");
  }
}
