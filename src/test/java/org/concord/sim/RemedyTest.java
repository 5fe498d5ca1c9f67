package org.concord.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.sim.Fixture.NONE;
import static org.concord.sim.Fixture.p;
import static org.concord.sim.SimAssert.balance;
import static org.concord.sim.SimAssert.events;
import static org.concord.sim.SimAssert.flows;

import java.math.BigDecimal;
import java.util.List;
import org.concord.model.Formula;
import org.concord.model.Granularity;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.ValueType;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;
import org.junit.jupiter.api.Test;

/** Obligations, breaches, penalties (fixed, on arrears, interest, escalation) and disputes with each ruling. */
class RemedyTest {

  /** anhui must pay 100 to the fund each period; penalties: 10% of arrears escalating 50% per repeat, 5% interest. */
  private static Model obligationModel() {
    Fixture f = Fixture.years(2012, 2014);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int basin = f.fund("basin", central, null, org.concord.model.Fund.Shortfall.PRO_RATA, true, NONE);
    int ob = f.nextObligation();
    f.article("5", new Provision.Obligation(ob, "contribution", "Annual contribution", p(anhui),
        new Provision.PayDuty(f.money("100"), p(basin)), -1, false, f.span()));
    Formula arrears = new Formula.ContextValue(Formula.Word.ARREARS, ValueType.MONEY, f.span());
    f.article("6", new Provision.Penalty(ob, NONE, f.op(Formula.ArithmeticOp.MUL, f.pct("10"), arrears), central,
        new BigDecimal("0.05"), central, new BigDecimal("0.5"), f.span()));
    return f.build();
  }

  @Test
  void defaultsAreBreachesWithEscalatingPenaltiesAndInterestOnArrears() {
    Model m = obligationModel();
    int anhui = m.account("anhui").slot();
    Scenario s = Scenario.builder(m)
        .event(new ScenarioEvent.Default(anhui, "contribution", 0))
        .event(new ScenarioEvent.Default(anhui, "contribution", 1))
        .build();
    SimulationResult r = Simulator.simulate(m, s);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(flows(r)).containsExactly(
        // 2012: arrears 100, penalty 10% of 100
        "2012 anhui->central 10.00 [6]",
        // 2013: interest 5% of 100 carried in; arrears 200; penalty 10% of 200 × 1.5 (second breach)
        "2013 anhui->central 5.00 [6]", "2013 anhui->central 30.00 [6]",
        // 2014: anhui pays; interest 5% of 200
        "2014 anhui->central 10.00 [6]", "2014 anhui->basin 100.00 [5]");
    assertThat(events(r)).containsExactly(
        "2012 breach arrears=100.00,article=5,obligation=contribution,party=anhui,repeat=0,what=did not pay 100.00 to basin",
        "2012 penalty amount=10.00,article=6,obligation=contribution,party=anhui,repeat=0,to=central",
        "2013 penalty amount=5.00,arrears=100.00,article=6,kind=interest,party=anhui,to=central",
        "2013 breach arrears=200.00,article=5,obligation=contribution,party=anhui,repeat=1,what=did not pay 100.00 to basin",
        "2013 penalty amount=30.00,article=6,obligation=contribution,party=anhui,repeat=1,to=central",
        "2014 penalty amount=10.00,arrears=200.00,article=6,kind=interest,party=anhui,to=central");
    assertThat(r.flows().get(2).reason()).contains("escalated 1 time by 50%");
  }

  @Test
  void ensureDutiesAreBreachedWhenFalseAndHortatoryOnesCarryNoPenalty() {
    Fixture f = Fixture.years(2012, 2013);
    int a = f.party("a");
    int b = f.party("b");
    int q = f.input("quality", ValueType.NUMBER, false, null, null, null);
    int ob1 = f.nextObligation();
    int ob2 = f.nextObligation();
    Formula ok = f.cmp(Formula.ComparisonOp.LE, f.in(q), f.num("1"));
    f.article("1", new Provision.Obligation(ob1, "water", "", p(a), new Provision.EnsureDuty(ok), 1, false, f.span()),
        new Provision.Obligation(ob2, "try", "", p(b), new Provision.EnsureDuty(ok), -1, true, f.span()));
    f.article("2", new Provision.Penalty(ob1, NONE, f.money("7"), b, null, NONE, null, f.span()),
        new Provision.Penalty(ob2, NONE, f.money("7"), a, null, NONE, null, f.span()));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).constant(q, -1, new BigDecimal("2")).build());
    assertThat(flows(r)).containsExactly("2013 a->b 7.00 [2]");
    assertThat(events(r)).extracting(e -> e.substring(0, 12)).containsExactly(
        "2012 breach ", "2013 breach ", "2013 penalty", "2013 breach ");
    assertThat(events(r).get(0)).contains("hortatory=true").contains("what=quality = 2 > 1");
  }

  /** zhejiang pays 100 to anhui (article 2); route: consultation 2 months then arbitration by central 6 months, escrow, costs 4. */
  private static Model disputeModel(Provision.CostBearer costs, boolean escrow, Granularity g, List<String> periods) {
    Fixture f = new Fixture(periods.toArray(String[]::new)).granularity(g);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int zhejiang = f.party("zhejiang");
    f.article("2", f.pays(zhejiang, f.money("100"), anhui));
    f.article("3", new Provision.DisputeRoute(List.of("2"),
        List.of(new Provision.Forum("consultation", List.of(anhui, zhejiang), false, 2, false),
            new Provision.Forum("arbitration", List.of(central), true, 6, true)),
        escrow, costs, costs == Provision.CostBearer.PARTY ? central : NONE, f.money("4"), f.span()));
    return f.build();
  }

  private static SimulationResult dispute(Model m, Ruling ruling) {
    return Simulator.simulate(m, Scenario.builder(m).event(new ScenarioEvent.Dispute("2", 0, ruling)).build());
  }

  @Test
  void upheldRulingReleasesEscrowToThePayeeAndTheLoserPaysCosts() {
    Model m = disputeModel(Provision.CostBearer.LOSER, true, Granularity.QUARTERLY, List.of("2013Q1", "2013Q2", "2013Q3", "2013Q4"));
    SimulationResult r = dispute(m, Ruling.UPHELD);
    // 8 months in quarters: ceil(8 / 3) = 3 periods after 2013Q1
    assertThat(flows(r)).containsExactly(
        "2013Q1 zhejiang->escrow 100.00 [2]", "2013Q2 zhejiang->anhui 100.00 [2]", "2013Q3 zhejiang->anhui 100.00 [2]",
        "2013Q4 zhejiang->anhui 100.00 [2]", "2013Q4 escrow->anhui 100.00 [2]", "2013Q4 zhejiang->central 4.00 [3]");
    assertThat(balance(r, "escrow", 0)).isEqualTo("100.00");
    assertThat(balance(r, "escrow", 3)).isEqualTo("0.00");
    assertThat(events(r)).containsExactly(
        "2013Q1 dispute article=2,contested=100.00,escrow=true,raised by=scenario,route=article 3,ruling due=2013Q4",
        "2013Q4 ruling article=2,contested=100.00,costs=4.00 borne by the loser,raised=2013Q1,ruling=upheld");
  }

  @Test
  void reversedRulingReturnsEscrowToThePayer() {
    Model m = disputeModel(Provision.CostBearer.LOSER, true, Granularity.MONTHLY, monthly(9));
    SimulationResult r = dispute(m, Ruling.REVERSED);
    assertThat(flows(r)).contains("2013-09 escrow->zhejiang 100.00 [2]", "2013-09 anhui->central 4.00 [3]");
    assertThat(flows(r)).doesNotContain("2013-09 escrow->anhui 100.00 [2]");
  }

  @Test
  void splitRulingHalvesMoneyAndCostsWithoutLosingACent() {
    Fixture f = Fixture.years(2012, 2013);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int zhejiang = f.party("zhejiang");
    f.article("2", f.pays(zhejiang, f.money("100.01"), anhui));
    f.article("3", new Provision.DisputeRoute(List.of(),
        List.of(new Provision.Forum("arbitration", List.of(central), true, 12, true)),
        false, Provision.CostBearer.EACH_SIDE, NONE, f.money("0.03"), f.span()));
    Model m = f.build();
    SimulationResult r = dispute(m, Ruling.SPLIT);
    // no escrow: anhui was paid, and pays back the half it loses; halves by largest remainder, ties to the lower slot
    assertThat(flows(r)).containsExactly(
        "2012 zhejiang->anhui 100.01 [2]", "2013 zhejiang->anhui 100.01 [2]",
        "2013 anhui->zhejiang 50.00 [2]", "2013 zhejiang->central 0.01 [3]", "2013 anhui->central 0.02 [3]");
  }

  @Test
  void aRulingAfterTheTermLeavesMoneyInEscrow() {
    Model m = disputeModel(Provision.CostBearer.PARTY, true, Granularity.YEARLY, List.of("2012"));
    SimulationResult r = dispute(m, Ruling.UPHELD);
    assertThat(balance(r, "escrow", 0)).isEqualTo("100.00");
    assertThat(events(r)).last().isEqualTo("2012 unresolved article=2,held in escrow=100.00,raised=2012");
  }

  @Test
  void aBreachUnderARouteIsDisputedAutomaticallyAndItsPenaltyHeld() {
    Fixture f = Fixture.years(2012, 2013);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int ob = f.nextObligation();
    f.article("5", new Provision.Obligation(ob, "pay", "", p(anhui), new Provision.PayDuty(f.money("50"), p(central)), 0, false, f.span()));
    f.article("6", new Provision.Penalty(ob, NONE, f.money("5"), central, null, NONE, null, f.span()));
    f.article("7", new Provision.DisputeRoute(List.of("5"), List.of(new Provision.Forum("arbitration", List.of(central), true, 12, true)),
        true, Provision.CostBearer.UNSTATED, NONE, null, f.span()));
    Model m = f.build();
    SimulationResult r = Simulator.simulate(m, Scenario.builder(m).event(new ScenarioEvent.Default(anhui, "pay", 0)).build());
    assertThat(flows(r)).containsExactly("2012 anhui->escrow 5.00 [6]", "2013 escrow->central 5.00 [5]");
    assertThat(events(r)).anySatisfy(e -> assertThat(e).startsWith("2012 dispute").contains("raised by=breach"));
  }

  private static List<String> monthly(int n) {
    return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> String.format("2013-%02d", i)).toList();
  }
}
