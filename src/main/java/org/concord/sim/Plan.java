package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Article;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.sim.scenario.Scenario;

/**
 * An agreement prepared for simulation: everything that depends on the model alone, worked out
 * once (the accounts with escrow, each provision's article, each share's split, the dispute
 * routes, penalties and funds by slot), so that each run only does the period loop. Immutable
 * and safe to share between threads; {@link #simulate} may be called concurrently.
 */
public final class Plan {
  final Model model;
  final List<Account> accounts;
  final int escrowSlot;
  /** The article each provision belongs to. */
  private final Map<Provision, String> articleOf = new IdentityHashMap<>();
  final List<Provision.DisputeRoute> routes;
  final List<Provision.Penalty> penalties;
  /** How many obligations there are (by {@link Provision.Obligation#index()}), and all of them. */
  final int obligations;
  final List<Provision.Obligation> allObligations;
  /** By account slot: the fund declared there, or null. */
  final Fund[] fundAt;
  /** The funds whose balance lapses at the end of each period, in declaration order. */
  final List<Fund> lapsing;
  /** By account slot: whether it holds money (a fund or escrow). */
  final boolean[] holds;
  /** The articles, their provisions compiled to steps. */
  final List<Step.Article> articles;
  /** By article: its steps compiled further for runs without reasons. */
  final Action[][] actions;
  /** The agreement's rounding: immutable, so one for every run. */
  final Money money;
  /** About how many flows a run makes: room the ledger makes from the start. */
  final int expectedFlows;

  /**
   * A share's fixed arithmetic: what it reads, the weights its base is split by (the portions,
   * then what is left to the remainder account) and who receives each part.
   */
  record ShareSplit(Formula read, List<BigDecimal> weights, List<Integer> to) {}

  Plan(Model model) {
    this.model = model;
    this.routes = model.all(Provision.DisputeRoute.class);
    this.accounts = accountsWithEscrow(model, routes);
    this.escrowSlot = accounts.stream().filter(a -> a.kind() == AccountKind.ESCROW).mapToInt(Account::slot).findFirst()
        .orElse(-1);
    this.money = new Money(model.rounding());
    List<Step.Article> compiled = new ArrayList<>();
    for (Article a : model.articles()) compiled.add(new Step.Article(a.number(), compile(a.provisions(), a.number())));
    this.articles = List.copyOf(compiled);
    this.actions = articles.stream().map(a -> Action.compile(a.steps())).toArray(Action[][]::new);
    long perPeriod = 0;
    for (Step.Article a : articles) perPeriod += flowsPerPeriod(a.steps());
    this.expectedFlows = (int) Math.min(perPeriod * model.term().size(), 1 << 20);
    this.penalties = model.all(Provision.Penalty.class);
    this.allObligations = model.all(Provision.Obligation.class);
    this.obligations = allObligations.stream().mapToInt(Provision.Obligation::index).max().orElse(-1) + 1;
    this.fundAt = new Fund[accounts.size()];
    for (Fund f : model.funds()) fundAt[f.account()] = f;
    this.lapsing = model.funds().stream().filter(f -> !f.carryOver() && f.lapseTo() != Rounding.NO_ACCOUNT).toList();
    this.holds = new boolean[accounts.size()];
    for (Account a : accounts) holds[a.slot()] = a.kind() == AccountKind.FUND || a.kind() == AccountKind.ESCROW;
  }

  /** Simulates every period of the term under {@code scenario}, with reasons (see {@link Simulator}). */
  public SimulationResult simulate(Scenario scenario) {
    return simulate(scenario, Simulator.Detail.EXPLAINED);
  }

  /** Simulates every period of the term under {@code scenario} with the given detail (see {@link Simulator}). */
  public SimulationResult simulate(Scenario scenario, Simulator.Detail detail) {
    return new Run(this, scenario, detail == Simulator.Detail.EXPLAINED).execute();
  }

  public Model model() {
    return model;
  }

  /** The model's accounts, plus an escrow account when a route holds money in escrow and none is declared. */
  private static List<Account> accountsWithEscrow(Model model, List<Provision.DisputeRoute> routes) {
    List<Account> list = new ArrayList<>(model.accounts());
    boolean needed = routes.stream().anyMatch(Provision.DisputeRoute::escrow);
    boolean declared = list.stream().anyMatch(a -> a.kind() == AccountKind.ESCROW);
    if (needed && !declared) {
      list.add(new Account(list.size(), "escrow", "Escrow for contested payments", AccountKind.ESCROW, "",
          Rounding.NO_ACCOUNT, List.of(), Ledger.NO_SPAN));
    }
    return List.copyOf(list);
  }

  private List<Step> compile(List<Provision> ps, String article) {
    List<Step> steps = new ArrayList<>();
    for (Provision p : ps) {
      articleOf.put(p, article);
      steps.add(switch (p) {
        case Provision.Payment pay -> new Step.Pay(pay, fixed(pay.amount()));
        case Provision.Distribution d -> divide(d, d.fund(), d.recipients(), d.amount(), d.basis(), d.schedule(), true);
        case Provision.Contribution c -> divide(c, c.fund(), c.contributors(), c.amount(), c.basis(), c.schedule(), false);
        case Provision.Share s -> new Step.Share(s, split(s));
        case Provision.Conditional c -> {
          List<Formula> conditions = new ArrayList<>();
          List<List<Step>> bodies = new ArrayList<>();
          for (Provision.Branch b : c.branches()) {
            conditions.add(b.condition());
            bodies.add(compile(b.provisions(), article));
          }
          yield new Step.Branches(c, List.copyOf(conditions), List.copyOf(bodies), compile(c.otherwise(), article));
        }
        case Provision.ForEach f -> new Step.Loop(f, compile(f.body(), article));
        case Provision.Obligation o -> new Step.Perform(o);
        case Provision.Penalty pen -> new Step.Standing(pen);
        case Provision.DisputeRoute r -> new Step.Standing(r);
      });
    }
    return List.copyOf(steps);
  }

  /** The flows {@code steps} make in a period when every clause applies: the most any branch makes. */
  private static long flowsPerPeriod(List<Step> steps) {
    long n = 0;
    for (Step s : steps) {
      n += switch (s) {
        case Step.Pay p -> 1;
        case Step.Divide d -> d.parties().size();
        case Step.Share sh -> sh.split().to().size();
        case Step.Branches b -> {
          long most = flowsPerPeriod(b.otherwise());
          for (List<Step> body : b.bodies()) most = Math.max(most, flowsPerPeriod(body));
          yield most;
        }
        case Step.Loop l -> l.provision().parties().size() * flowsPerPeriod(l.body());
        case Step.Perform o -> 1;
        case Step.Standing st -> 0;
      };
    }
    return n;
  }

  private Step.Divide divide(Provision p, int fund, List<Integer> parties, Formula amount, Provision.Basis basis,
      Schedule schedule, boolean distribution) {
    List<BigDecimal> equal = basis instanceof Provision.Equally ? Collections.nCopies(parties.size(), BigDecimal.ONE) : null;
    BigDecimal total = fixed(amount);
    BigDecimal[] parts = equal != null && total != null && total.signum() != 0 && !parties.isEmpty()
        ? money.apportion(total, equal, parties) : null;
    return new Step.Divide(p, fund, parties, amount, basis, schedule, distribution, total, equal, parts);
  }

  /**
   * A constant amount as {@link Run#amount} makes it (within the limit, rounded), when it makes
   * a valid flow; null otherwise, and the run evaluates it and reports what is wrong each period.
   */
  private BigDecimal fixed(Formula amount) {
    if (!(amount instanceof Formula.Constant c) || c.value().abs().compareTo(Money.LIMIT) > 0) return null;
    BigDecimal a = money.round(c.value());
    return a.signum() < 0 ? null : a;
  }

  private ShareSplit split(Provision.Share s) {
    Input base = model.inputs().get(s.baseInput());
    Formula read = new Formula.InputValue(s.baseInput(), base.byParty() ? new Formula.FixedParty(s.collector()) : null,
        base.type(), s.span());
    List<BigDecimal> weights = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    BigDecimal left = BigDecimal.ONE;
    for (Provision.Portion p : s.portions()) {
      weights.add(p.fraction());
      to.add(p.account());
      left = left.subtract(p.fraction());
    }
    if (left.signum() > 0) {
      weights.add(left);
      to.add(s.remainderTo() == Rounding.NO_ACCOUNT ? s.collector() : s.remainderTo());
    }
    return new ShareSplit(read, List.copyOf(weights), List.copyOf(to));
  }

  String articleOf(Provision p) {
    return articleOf.getOrDefault(p, "?");
  }

}
