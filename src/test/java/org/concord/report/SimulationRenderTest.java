package org.concord.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.sim.Fixture.NONE;
import static org.concord.sim.Fixture.p;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.ValueType;
import org.concord.sim.Fixture;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;
import org.junit.jupiter.api.Test;

class SimulationRenderTest {
  /** A small Xin'an-like agreement with a fund, a condition, a breach and a dispute in escrow. */
  static SimulationResult xinan() {
    Fixture f = Fixture.years(2012, 2014);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int zhejiang = f.party("zhejiang");
    int basin = f.fund("basin", anhui, null, Fund.Shortfall.PRO_RATA, true, NONE);
    int P = f.input("P", ValueType.NUMBER, false, "0", "5", null);
    f.article("1", new Provision.Payment(p(central), f.money("300"), p(basin), f.always(), f.span()));
    f.article("2", f.ifThen(f.cmp(Formula.ComparisonOp.LE, f.in(P), f.num("1")),
        List.of(f.pays(zhejiang, f.money("100"), anhui)), List.of(f.pays(anhui, f.money("100"), zhejiang))));
    f.article("3", new Provision.DisputeRoute(List.of("2"), List.of(
        new Provision.Forum("arbitration", List.of(central), true, 6, true)), true, Provision.CostBearer.LOSER, NONE,
        f.money("2.5"), f.span()));
    f.article("4", new Provision.Obligation(f.nextObligation(), "report", "", p(anhui),
        new Provision.EnsureDuty(f.cmp(Formula.ComparisonOp.LT, f.in(P), f.num("2"))), -1, false, f.span()));
    Model m = f.build();
    Scenario s = Scenario.builder(m).value(P, -1, 0, new BigDecimal("0.8")).value(P, -1, 1, new BigDecimal("1.2"))
        .value(P, -1, 2, new BigDecimal("2.5")).event(new ScenarioEvent.Dispute("2", 1, Ruling.REVERSED)).build();
    return Simulator.simulate(m, s);
  }

  @Test
  void jsonFollowsTheSchemaAndIsByteStable() throws Exception {
    SimulationResult r = xinan();
    assertThat(r.diagnostics()).isEmpty();
    String json = SimulationJson.write(r);
    assertThat(SimulationJson.write(xinan())).isEqualTo(json);
    assertThat(json).endsWith("}\n").doesNotContain("\r");
    JsonNode schema = Json.mapper().readTree(Files.readString(Path.of("spec/simulation.schema.json")));
    JsonNode out = Json.mapper().readTree(json);
    assertThat(new SchemaCheck(schema).check(out)).isEmpty();
    assertThat(out.get("periods").toString()).isEqualTo("[\"2012\",\"2013\",\"2014\"]");
    assertThat(out.get("accounts").get(3).get("balance").toString()).isEqualTo("{\"2012\":\"300.00\",\"2013\":\"600.00\",\"2014\":\"900.00\"}");
    assertThat(out.get("accounts").get(4).get("id").asText()).isEqualTo("escrow");
    assertThat(out.get("flows").get(1).toString())
        .isEqualTo("{\"period\":\"2012\",\"from\":\"zhejiang\",\"to\":\"anhui\",\"amount\":\"100.00\",\"article\":\"2\",\"reason\":\"P = 0.8 <= 1; 100\"}");
  }

  @Test
  void theSchemaCheckCatchesWhatIsWrong() throws Exception {
    JsonNode schema = Json.mapper().readTree(Files.readString(Path.of("spec/simulation.schema.json")));
    JsonNode bad = Json.mapper().readTree("""
        {"agreement":"a","title":null,"currency":"CNY","unit":null,"periods":["2012"],
         "accounts":[{"id":"x","kind":"bank","net":{"2012":"1.0"},"total":"one"}],
         "flows":[{"period":"2012","from":"x","to":"y","amount":"-1","article":"1","reason":""}],
         "events":[],"extra":1}
        """);
    assertThat(new SchemaCheck(schema).check(bad)).hasSize(4);
  }

  @Test
  void csvTablesQuoteWhatNeedsQuoting() {
    SimulationResult r = xinan();
    var tables = SimulationCsv.tables(r);
    assertThat(tables.keySet()).containsExactly("flows.csv", "net.csv", "balances.csv", "events.csv");
    assertThat(tables.get("flows.csv")).startsWith("period,from,to,amount,article,reason\n2012,central,basin,300.00,1,300\n");
    assertThat(tables.get("net.csv")).contains("anhui,party,100.00,-100.00,0.00,0.00\n", "escrow,escrow,0.00,100.00,-100.00,0.00\n");
    assertThat(tables.get("balances.csv")).isEqualTo("account,kind,2012,2013,2014\nbasin,fund,300.00,600.00,900.00\nescrow,escrow,0.00,100.00,0.00\n");
    assertThat(SimulationCsv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(SimulationCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(SimulationCsv.quote("=cmd()")).isEqualTo("\"'=cmd()\"");
    assertThat(SimulationCsv.quote("-100.00")).isEqualTo("-100.00");
  }

  @Test
  void tableAlignsColumnsAndListsEvents() {
    String table = SimulationTable.render(xinan());
    assertThat(table).startsWith("Test agreement (test_agreement) — CNY millions, 2012 to 2014\n");
    assertThat(table).contains("""
          account      2012     2013     2014    total
          central   -300.00  -300.00  -297.50  -897.50
          anhui      100.00  -100.00     0.00     0.00
        """);
    assertThat(table).contains("2013  dispute    article 2");
    assertThat(table).contains("2014  breach     arrears 0.00, article 4, obligation report, party anhui, repeat 0, what P = 2.5 >= 2");
    assertThat(table).contains("2014  ruling     article 2, contested 100.00, costs 2.50 borne by the loser");
    for (String line : table.split("\n")) assertThat(line).doesNotEndWith(" ");
  }
}
