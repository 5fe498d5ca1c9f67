package org.concord.sim;

import static org.concord.sim.Fixture.NONE;
import static org.concord.sim.Fixture.bound;
import static org.concord.sim.Fixture.p;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.model.ValueType;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;

/** Random models and scenarios from a seed: every provision kind, every fund policy, every ruling. */
final class RandomAgreements {
  final Model model;
  final Scenario scenario;
  private final SplittableRandom rnd;
  private final Fixture f;
  private final int periods;
  private final List<Integer> parties = new ArrayList<>();
  private final List<Integer> funds = new ArrayList<>();
  private final List<Integer> obligations = new ArrayList<>();
  private final List<String> obligationIds = new ArrayList<>();
  private final List<String> routed = new ArrayList<>();
  private int globalInput;
  private int partyInput;

  RandomAgreements(long seed) {
    rnd = new SplittableRandom(seed);
    periods = 1 + rnd.nextInt(6);
    f = Fixture.years(2020, 2020 + periods - 1);
    int nParties = 2 + rnd.nextInt(5);
    for (int i = 0; i < nParties; i++) parties.add(f.party("p" + i));
    if (rnd.nextBoolean()) f.outside("outside");
    int nFunds = rnd.nextInt(3);
    for (int i = 0; i < nFunds; i++) {
      Fund.Shortfall policy = Fund.Shortfall.values()[rnd.nextInt(3)];
      boolean carry = rnd.nextInt(3) > 0;
      funds.add(f.fund("f" + i, pick(parties), rnd.nextBoolean() ? amountText() : null, policy, carry,
          carry || rnd.nextBoolean() ? NONE : pick(parties)));
    }
    f.rounding(rounding());
    globalInput = f.input("g", ValueType.NUMBER, false, null, null, rnd.nextBoolean() ? "1" : null);
    partyInput = f.input("w", ValueType.MONEY, true, null, null, "2");
    int nArticles = 1 + rnd.nextInt(6);
    for (int a = 1; a <= nArticles; a++) {
      List<Provision> ps = new ArrayList<>();
      int n = 1 + rnd.nextInt(4);
      for (int i = 0; i < n; i++) ps.add(provision(String.valueOf(a), 0));
      f.article(String.valueOf(a), ps.toArray(Provision[]::new));
    }
    model = f.build();
    scenario = scenario();
  }

  private Rounding rounding() {
    BigDecimal[] increments = {null, new BigDecimal("0.01"), BigDecimal.ONE, new BigDecimal("0.05")};
    RoundingMode[] modes = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.CEILING};
    BigDecimal inc = increments[rnd.nextInt(increments.length)];
    int remainderTo = rnd.nextBoolean() ? pick(parties) : NONE;
    return new Rounding(inc, modes[rnd.nextInt(modes.length)], remainderTo, remainderTo == NONE);
  }

  private int pick(List<Integer> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  private int anyAccount() {
    return !funds.isEmpty() && rnd.nextInt(3) == 0 ? pick(funds) : pick(parties);
  }

  private String amountText() {
    return BigDecimal.valueOf(rnd.nextLong(0, 100_000), rnd.nextInt(4)).toPlainString();
  }

  private Formula amount(int depth) {
    return switch (rnd.nextInt(depth > 1 ? 2 : 5)) {
      case 0, 1 -> f.money(amountText());
      case 2 -> f.op(Formula.ArithmeticOp.MUL, f.in(globalInput), f.money(amountText()));
      case 3 -> f.op(Formula.ArithmeticOp.DIV, f.money(amountText()), f.in(globalInput));
      default -> f.op(Formula.ArithmeticOp.MUL, f.in(partyInput, p(pick(parties))), f.pct(String.valueOf(rnd.nextInt(1, 100))));
    };
  }

  private Schedule schedule() {
    int first = rnd.nextInt(periods);
    return new Schedule(first, first + rnd.nextInt(periods - first));
  }

  private List<Integer> subset() {
    List<Integer> out = new ArrayList<>();
    for (int p : parties) if (rnd.nextBoolean()) out.add(p);
    if (out.isEmpty()) out.add(parties.get(0));
    return out;
  }

  private Provision.Basis basis() {
    int v = f.variable();
    return switch (rnd.nextInt(3)) {
      case 0 -> new Provision.Equally();
      case 1 -> new Provision.Proportional(v, f.in(partyInput, bound(v)));
      default -> new Provision.Equalising(v, f.in(partyInput, bound(v)));
    };
  }

  private Provision provision(String article, int depth) {
    int kinds = depth > 1 ? 4 : 9;
    return switch (rnd.nextInt(kinds)) {
      case 0, 1 -> new Provision.Payment(p(anyAccount()), amount(depth), p(anyAccount()), schedule(), f.span());
      case 2 -> {
        List<Provision.Portion> portions = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) portions.add(new Provision.Portion(new BigDecimal("0.3"), anyAccount(), f.span()));
        boolean capped = rnd.nextBoolean();
        yield new Provision.Share(partyInput, pick(parties), portions, rnd.nextBoolean() ? pick(parties) : NONE,
            capped ? pick(parties) : NONE, capped ? f.money(amountText()) : null, rnd.nextBoolean() ? f.money(amountText()) : null,
            schedule(), f.span());
      }
      case 3 -> funds.isEmpty()
          ? new Provision.Payment(p(pick(parties)), amount(depth), p(pick(parties)), schedule(), f.span())
          : new Provision.Distribution(pick(funds), rnd.nextBoolean() ? amount(depth)
              : new Formula.FundBalance(pick(funds), f.span()), subset(), basis(), schedule(), f.span());
      case 4 -> funds.isEmpty()
          ? new Provision.Payment(p(pick(parties)), amount(depth), p(pick(parties)), schedule(), f.span())
          : new Provision.Contribution(subset(), amount(depth), pick(funds), basis(), schedule(), f.span());
      case 5 -> f.ifThen(f.cmp(Formula.ComparisonOp.LE, f.in(globalInput), f.num("1")),
          List.of(provision(article, depth + 1)), List.of(provision(article, depth + 1)));
      case 6 -> {
        int v = f.variable();
        yield new Provision.ForEach(v, subset(), List.of(
            new Provision.Payment(p(pick(parties)), f.op(Formula.ArithmeticOp.MUL, f.in(partyInput, bound(v)), f.num("3")),
                bound(v), schedule(), f.span())), f.span());
      }
      case 7 -> {
        int index = f.nextObligation();
        String id = "ob" + index;
        obligations.add(index);
        obligationIds.add(id);
        int party = pick(parties);
        yield new Provision.Obligation(index, id, "", p(party), new Provision.PayDuty(amount(depth), p(anyAccount())),
            rnd.nextBoolean() ? -1 : rnd.nextInt(periods), rnd.nextInt(5) == 0, f.span());
      }
      default -> {
        if (!obligations.isEmpty() && rnd.nextBoolean()) {
          Formula arrears = new Formula.ContextValue(Formula.Word.ARREARS, ValueType.MONEY, f.span());
          yield new Provision.Penalty(pick(obligations), rnd.nextBoolean() ? NONE : pick(parties),
              rnd.nextBoolean() ? f.op(Formula.ArithmeticOp.MUL, f.pct("10"), arrears) : f.money(amountText()), pick(parties),
              rnd.nextBoolean() ? new BigDecimal("0.05") : null, pick(parties), rnd.nextBoolean() ? new BigDecimal("0.25") : null,
              f.span());
        }
        List<String> articles = rnd.nextBoolean() ? List.of() : List.of(String.valueOf(1 + rnd.nextInt(3)));
        routed.addAll(articles.isEmpty() ? List.of("1", "2", "3", "4", "5", "6") : articles);
        Provision.CostBearer bearer = Provision.CostBearer.values()[rnd.nextInt(4)];
        yield new Provision.DisputeRoute(articles,
            List.of(new Provision.Forum("arbitration", List.of(pick(parties)), rnd.nextBoolean(), rnd.nextInt(30), true)),
            rnd.nextBoolean(), bearer, bearer == Provision.CostBearer.PARTY ? pick(parties) : NONE,
            rnd.nextBoolean() ? f.money(amountText()) : null, f.span());
      }
    };
  }

  private Scenario scenario() {
    Scenario.Builder b = Scenario.builder(model);
    for (int t = 0; t < periods; t++) {
      if (rnd.nextInt(4) > 0) b.value(globalInput, -1, t, BigDecimal.valueOf(rnd.nextInt(0, 300), 2));
      for (int p : parties) if (rnd.nextInt(4) > 0) b.value(partyInput, p, t, BigDecimal.valueOf(rnd.nextLong(0, 1_000_000), 2));
    }
    for (int i = 0; i < obligationIds.size(); i++) {
      if (rnd.nextBoolean()) b.event(new ScenarioEvent.Default(pick(parties), obligationIds.get(i), rnd.nextInt(periods)));
    }
    for (String article : routed) {
      if (rnd.nextBoolean()) {
        b.event(new ScenarioEvent.Dispute(article, rnd.nextInt(periods), Ruling.values()[rnd.nextInt(3)]));
      }
    }
    return b.build();
  }
}
