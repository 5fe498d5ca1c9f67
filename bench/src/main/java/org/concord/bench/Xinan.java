package org.concord.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Article;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Granularity;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.model.Term;
import org.concord.model.ValueType;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;

/**
 * Benchmark (a): the Xin'an River-style compact in {@code xinan_bench.concord}, the model the
 * checker resolves it to (built by hand, see {@link ModelSource}), and scenarios for it.
 */
public final class Xinan {
  public static final String FILE = "xinan_bench.concord";
  public static final int FIRST_YEAR = 2012;
  public static final int YEARS = 30;
  public static final BigDecimal DEFAULT_SUBSIDY = new BigDecimal("300");
  public static final BigDecimal CONTRIBUTION = new BigDecimal("200");
  public static final BigDecimal COMPENSATION = new BigDecimal("200");
  public static final BigDecimal STANDARD = BigDecimal.ONE;

  private Xinan() {}

  public static String text() {
    try (InputStream in = Xinan.class.getResourceAsStream(FILE)) {
      if (in == null) throw new IllegalStateException("missing resource " + FILE);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String label(int t) {
    return String.valueOf(FIRST_YEAR + t);
  }

  /** One scenario: P and the subsidy per year (the subsidy left to its default in some years), and a few disputes. */
  public record Data(BigDecimal[] p, BigDecimal[] subsidy, int[] disputeYears, Ruling[] rulings) {
    public static Data generate(long seed) {
      SplittableRandom rnd = new SplittableRandom(seed);
      BigDecimal[] p = new BigDecimal[YEARS];
      BigDecimal[] subsidy = new BigDecimal[YEARS];
      for (int t = 0; t < YEARS; t++) {
        p[t] = BigDecimal.valueOf(60 + rnd.nextInt(81), 2); // 0.60 … 1.40
        subsidy[t] = rnd.nextInt(4) == 0 ? null : BigDecimal.valueOf(20_000 + rnd.nextInt(30_001), 2);
      }
      int count = 1 + rnd.nextInt(4);
      int[] years = rnd.ints(0, YEARS).distinct().limit(count).sorted().toArray();
      Ruling[] rulings = new Ruling[years.length];
      for (int i = 0; i < years.length; i++) rulings[i] = Ruling.values()[rnd.nextInt(3)];
      return new Data(p, subsidy, years, rulings);
    }

    public Scenario scenario(Model model) {
      Scenario.Builder b = Scenario.builder(model);
      int pSlot = CompactData.slot(model, "P");
      int subsidySlot = CompactData.slot(model, "subsidy");
      for (int t = 0; t < YEARS; t++) {
        b.value(pSlot, 0, t, p[t]);
        if (subsidy[t] != null) b.value(subsidySlot, 0, t, subsidy[t]);
      }
      for (int i = 0; i < disputeYears.length; i++) b.event(new ScenarioEvent.Dispute("3", disputeYears[i], rulings[i]));
      return b.build();
    }
  }

  public static Model handModel() {
    Span span = Span.ofFile(FILE);
    int central = 0;
    int anhui = 1;
    int zhejiang = 2;
    int basin = 3;
    List<Account> accounts = List.of(
        new Account(central, "central", "Central Government (Ministry of Finance)", AccountKind.PARTY, "national",
            Rounding.NO_ACCOUNT, List.of(), span),
        new Account(anhui, "anhui", "Anhui Province (upstream)", AccountKind.PARTY, "province", central, List.of(), span),
        new Account(zhejiang, "zhejiang", "Zhejiang Province (downstream)", AccountKind.PARTY, "province", central,
            List.of(), span),
        new Account(basin, "basin", "Basin compensation fund", AccountKind.FUND, "", Rounding.NO_ACCOUNT, List.of(), span));
    List<Input> inputs = List.of(
        new Input(0, "P", "Compensation index at the Jiekou cross-border section", ValueType.NUMBER, false, false,
            BigDecimal.ZERO, new BigDecimal("5"), null, Rounding.NO_ACCOUNT, span),
        new Input(1, "subsidy", "Central subsidy for the year", ValueType.MONEY, false, false, null, null,
            new Formula.Constant(DEFAULT_SUBSIDY, ValueType.MONEY, span), Rounding.NO_ACCOUNT, span));
    Schedule whole = new Schedule(0, YEARS - 1);
    Formula subsidy = new Formula.InputValue(1, null, ValueType.MONEY, span);
    Formula p = new Formula.InputValue(0, null, ValueType.NUMBER, span);
    Formula compensation = new Formula.Constant(COMPENSATION, ValueType.MONEY, span);
    List<Article> articles = List.of(
        new Article("1", "Contributions", List.of(
            new Provision.Payment(new Formula.FixedParty(central), subsidy, new Formula.FixedParty(basin), whole, span),
            new Provision.Contribution(List.of(anhui, zhejiang), new Formula.Constant(CONTRIBUTION, ValueType.MONEY, span),
                basin, new Provision.Equally(), whole, span)), span),
        new Article("2", "Subsidy to the upstream province", List.of(
            new Provision.Distribution(basin, subsidy, List.of(anhui), new Provision.Equally(), whole, span)), span),
        new Article("3", "Compensation by water quality", List.of(new Provision.Conditional(
            List.of(new Provision.Branch(new Formula.Comparison(Formula.ComparisonOp.LE, p,
                new Formula.Constant(STANDARD, ValueType.NUMBER, span), span),
                List.of(new Provision.Distribution(basin, compensation, List.of(anhui), new Provision.Equally(), whole, span)),
                span)),
            List.of(new Provision.Distribution(basin, compensation, List.of(zhejiang), new Provision.Equally(), whole, span)),
            span)), span),
        new Article("4", "Disputes", List.of(new Provision.DisputeRoute(List.of("3"),
            List.of(new Provision.Forum("consultation", List.of(anhui, zhejiang), false, 2, false),
                new Provision.Forum("arbitration", List.of(central), true, 6, true)),
            true, Provision.CostBearer.EACH_SIDE, Rounding.NO_ACCOUNT, null, span)), span));
    List<String> labels = new ArrayList<>();
    for (int t = 0; t < YEARS; t++) labels.add(label(t));
    return new Model("xinan_bench", "Xin'an River-style basin compensation (benchmark copy)", FILE,
        new Term(Granularity.YEARLY, labels), "CNY", "millions",
        new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, anhui, false),
        accounts, inputs, List.of(),
        List.of(new Fund(basin, anhui, null, Fund.Shortfall.ARREARS, true, Rounding.NO_ACCOUNT, span)),
        articles, 0);
  }
}
