package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
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
  private final Map<Provision.Share, ShareSplit> shares = new IdentityHashMap<>();
  final List<Provision.DisputeRoute> routes;
  final List<Provision.Penalty> penalties;
  /** How many obligations there are (by {@link Provision.Obligation#index()}). */
  final int obligations;
  /** By account slot: the fund declared there, or null. */
  final Fund[] fundAt;
  /** By account slot: whether it holds money (a fund or escrow). */
  final boolean[] holds;

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
    for (Article a : model.articles()) index(a.provisions(), a.number());
    this.penalties = model.all(Provision.Penalty.class);
    this.obligations = model.all(Provision.Obligation.class).stream().mapToInt(Provision.Obligation::index).max()
        .orElse(-1) + 1;
    this.fundAt = new Fund[accounts.size()];
    for (Fund f : model.funds()) fundAt[f.account()] = f;
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

  private void index(List<Provision> ps, String article) {
    for (Provision p : ps) {
      articleOf.put(p, article);
      switch (p) {
        case Provision.Conditional c -> {
          for (Provision.Branch b : c.branches()) index(b.provisions(), article);
          index(c.otherwise(), article);
        }
        case Provision.ForEach f -> index(f.body(), article);
        case Provision.Share s -> shares.put(s, split(s));
        default -> {}
      }
    }
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

  ShareSplit share(Provision.Share s) {
    return shares.get(s);
  }
}
