package org.concord.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.sim.Fixture.NONE;
import static org.concord.sim.Fixture.p;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.ValueType;
import org.concord.sim.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
  private static final Model MODEL = model();
  private static final int P = 0;
  private static final int POPULATION = 1;
  private static final int GDP = 2;
  private static final int RATE = 3;
  private static final int FIRMS = 4;

  private static Model model() {
    Fixture f = Fixture.years(2012, 2014);
    int central = f.party("central");
    int anhui = f.party("anhui");
    int zhejiang = f.party("zhejiang");
    f.input("P", ValueType.NUMBER, false, "0", "5", null);
    f.input("population", ValueType.NUMBER, true, "0", null, null);
    f.input("gdp", ValueType.MONEY, true, null, null, null);
    f.input("rate", ValueType.PERCENT, false, "0", "1", null);
    f.input("firms", ValueType.COUNT, false, null, null, null);
    f.article("2", f.pays(zhejiang, f.money("100"), anhui));
    f.article("3", new Provision.Obligation(f.nextObligation(), "contribution", "", p(anhui),
        new Provision.PayDuty(f.money("1"), p(central)), -1, false, f.span()),
        new Provision.DisputeRoute(List.of("2"), List.of(), false, Provision.CostBearer.UNSTATED, NONE, null, f.span()));
    return f.build();
  }

  private static ScenarioReader.Result json(String text) {
    return ScenarioReader.parse("s.json", text, ScenarioReader.Format.JSON, MODEL);
  }

  private static List<String> problems(ScenarioReader.Result r) {
    return r.diagnostics().stream().map(d -> d.code() + " " + d.span().line() + ": " + d.message()).toList();
  }

  @Test
  void readsTheJsonFormWithConstantsPeriodsProjectionsAndEvents() {
    ScenarioReader.Result r = json("""
        {
          "description": "a dry year, then a dispute",
          "inputs": {
            "P": { "2012": 0.8, "2013": 1.2, "2014": 1 },
            "population": { "anhui": { "2012": 61.0 }, "zhejiang": 55 },
            "gdp": { "anhui": { "start": 100, "growth": "5%" } },
            "rate": "12.5%",
            "firms": 3
          },
          "events": [
            { "kind": "dispute", "article": 2, "period": "2013", "ruling": "split" },
            { "kind": "default", "party": "anhui", "obligation": "contribution", "period": 2014 }
          ]
        }
        """);
    assertThat(r.diagnostics()).isEmpty();
    Scenario s = r.scenario();
    assertThat(s.value(P, -1, 1)).isEqualByComparingTo("1.2");
    assertThat(s.value(POPULATION, 1, 0)).isEqualByComparingTo("61.0");
    assertThat(s.value(POPULATION, 1, 1)).isNull();
    assertThat(s.value(POPULATION, 2, 2)).isEqualByComparingTo("55");
    assertThat(s.value(GDP, 1, 2)).isEqualByComparingTo("110.25");
    assertThat(s.value(RATE, -1, 0)).isEqualByComparingTo("0.125");
    assertThat(s.events()).containsExactly(
        new ScenarioEvent.Dispute("2", 1, Ruling.SPLIT), new ScenarioEvent.Default(1, "contribution", 2));
  }

  @Test
  void readsTheYamlForm() {
    ScenarioReader.Result r = ScenarioReader.parse("s.yaml", """
        inputs:
          P:
            2012: 0.8
            2013: 1.2
          gdp:
            zhejiang: {start: 200, growth: 0.1}
        events:
          - kind: dispute
            article: "2"
            period: 2012
        """, ScenarioReader.Format.YAML, MODEL);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.scenario().value(P, -1, 1)).isEqualByComparingTo("1.2");
    assertThat(r.scenario().value(GDP, 2, 1)).isEqualByComparingTo("220");
    assertThat(r.scenario().events()).containsExactly(new ScenarioEvent.Dispute("2", 0, Ruling.UPHELD));
  }

  @Test
  void readsTheCsvForm() {
    ScenarioReader.Result r = ScenarioReader.parse("s.csv", """
        input,party,period,value
        P,,2012,0.8
        P,,2013,1.2
        population,anhui,,61
        rate,,2014,5%
        """, ScenarioReader.Format.CSV, MODEL);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.scenario().value(P, -1, 0)).isEqualByComparingTo("0.8");
    assertThat(r.scenario().value(POPULATION, 1, 2)).isEqualByComparingTo("61");
    assertThat(r.scenario().value(RATE, -1, 2)).isEqualByComparingTo("0.05");
  }

  @Test
  void reportsEveryProblemOfABadJsonFileAtOnce() {
    ScenarioReader.Result r = json("""
        {
          "inputz": 1,
          "inputs": {
            "Q": 0.8,
            "P": { "2013": "high", "2020": 1, "2014": 7, "2012": [1] },
            "population": { "anhwei": 61, "zhejiang": { "2013": -5 } },
            "firms": 2.5,
            "gdp": 100
          },
          "events": [
            { "kind": "dispute", "article": "9", "period": "2013" },
            { "kind": "default", "party": "anhui", "obligation": "contributon", "period": "2013" },
            { "kind": "quake", "period": "2013" },
            { "kind": "dispute", "period": "2013", "when": 1 }
          ]
        }
        """);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.scenario()).isNull();
    assertThat(problems(r)).containsExactly(
        "C1003 2: `inputz` is not a field of the scenario (at `$.inputz`)",
        "C1005 4: `Q` is not an input of this agreement (at `$.inputs.Q`)",
        "C1004 5: expected a number at `$.inputs.P.2013`, found the text \"high\"",
        "C1007 5: `2020` is not a period of the term 2012 to 2014 (at `$.inputs.P.2020`)",
        "C1009 5: 7 is outside the range [0, 5] declared for `P` (at `$.inputs.P.2014`)",
        "C1004 5: expected a number at `$.inputs.P.2012`, found a list",
        "C1006 6: `anhwei` is not a party of this agreement (at `$.inputs.population.anhwei`)",
        "C1009 6: -5 is outside the range [0, …] declared for `population` (at `$.inputs.population.zhejiang.2013`)",
        "C1004 7: expected a whole number at `$.inputs.firms`, found the number 2.5",
        "C1011 11: the agreement has no article 9 (at `$.events[0].article`)",
        "C1011 12: the agreement has no obligation `contributon` (at `$.events[1].obligation`)",
        "C1011 13: `quake` is not an event kind (at `$.events[2].kind`)",
        "C1011 14: a `dispute` event needs `article` (at `$.events[3]`)",
        "C1003 14: `when` is not a field of a `dispute` event (at `$.events[3].when`)");
    assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.span().file()).isEqualTo("s.json"));
    Diagnostic q = r.diagnostics().stream().filter(d -> d.code().name().equals("C1005")).findFirst().orElseThrow();
    assertThat(q.help()).isEqualTo("did you mean `P`?");
  }

  @Test
  void duplicateKeysAreAllReported() {
    ScenarioReader.Result r = json("""
        { "inputs": { "P": { "2013": 0.8, "2013": 1.2 }, "P": 1 } }
        """);
    assertThat(problems(r)).containsExactly(
        "C1008 1: `2013` is given twice (at `$.inputs.P.2013`)", "C1008 1: `P` is given twice (at `$.inputs.P`)");
  }

  @Test
  void badCsvRowsAreAllReportedWithTheirLines() {
    ScenarioReader.Result r = ScenarioReader.parse("s.csv", """
        input,party,period,value
        P,,2012,x
        P,anhui,2012,1
        population,,2012,1
        nope,,2012,1
        P,,2099,1
        P,,2013,1
        P,,2013,2
        """, ScenarioReader.Format.CSV, MODEL);
    assertThat(problems(r)).extracting(s -> s.substring(0, 8)).containsExactly(
        "C1004 2:", "C1004 3:", "C1004 4:", "C1005 5:", "C1007 6:", "C1008 8:");
    assertThat(problems(r).get(0)).contains("at `line 2`");
    ScenarioReader.Result header = ScenarioReader.parse("h.csv", "input,party,when,value\nP,,2012,1\n", ScenarioReader.Format.CSV, MODEL);
    assertThat(problems(header)).extracting(s -> s.substring(0, 8)).containsExactly("C1003 1:", "C1004 1:");
  }

  @Test
  void malformedJsonPointsAtTheLine() {
    ScenarioReader.Result r = json("{\n  \"inputs\": { \"P\": 1, }\n}");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code().name()).isEqualTo("C1002");
      assertThat(d.span().line()).isEqualTo(2);
    });
  }

  @Test
  void aYamlAliasBombEndsInADiagnostic() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      bomb.append("]\n");
      prev = c;
    }
    ScenarioReader.Result r = ScenarioReader.parse("bomb.yaml", bomb.toString(), ScenarioReader.Format.YAML, MODEL);
    assertThat(r.diagnostics()).isNotEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code().name()).isEqualTo("C1012");
      assertThat(d.message()).contains("YAML aliases");
      assertThat(d.span().line()).isEqualTo(2);
    });
  }

  @Test
  void deepNestingAndHugeNumbersHitTheLimits() {
    String deep = "{\"inputs\":" + "[".repeat(50) + "]".repeat(50) + "}";
    assertThat(json(deep).diagnostics()).extracting(d -> d.code().name()).containsExactly("C1012");
    String longNumber = "{\"inputs\":{\"P\":" + "1".repeat(500) + "}}";
    assertThat(json(longNumber).diagnostics()).extracting(d -> d.code().name()).containsExactly("C1012");
  }

  @Test
  void filesAreReadByExtension(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("x.scenario.yml");
    Files.writeString(good, "inputs:\n  P: 1\n");
    assertThat(ScenarioReader.read(good, MODEL).scenario().value(P, -1, 2)).isEqualByComparingTo(BigDecimal.ONE);
    Path txt = dir.resolve("x.txt");
    Files.writeString(txt, "P: 1");
    assertThat(ScenarioReader.read(txt, MODEL).diagnostics()).extracting(d -> d.code().name()).containsExactly("C1001");
    assertThat(ScenarioReader.read(dir.resolve("missing.json"), MODEL).diagnostics().get(0).message())
        .endsWith("no such file");
    Path latin1 = dir.resolve("l.json");
    Files.write(latin1, new byte[] {'{', (byte) 0xE9, '}'});
    assertThat(ScenarioReader.read(latin1, MODEL).diagnostics().get(0).message()).endsWith("it is not UTF-8 text");
  }
}
