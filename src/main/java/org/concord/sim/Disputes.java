package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.model.Article;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.ScenarioEvent;

/**
 * Disputes and escrow (spec/semantics.md, "Disputes and escrow"). A dispute the scenario raises
 * contests every flow its article makes in its period; a breach disputed automatically contests
 * the penalties it fires. Contested money waits in escrow when the route says so; the ruling
 * comes at the end of the period in which the route's months run out.
 */
final class Disputes {
  static final class Dispute {
    final String article;
    final int raised;
    final int due;
    final Ruling ruling;
    final Provision.DisputeRoute route;
    final String routeArticle;
    final boolean escrow;
    final boolean automatic;
    final List<Move> contested = new ArrayList<>();
    int claimant = Rounding.NO_ACCOUNT;
    int respondent = Rounding.NO_ACCOUNT;

    Dispute(String article, int raised, int due, Ruling ruling, Provision.DisputeRoute route, String routeArticle,
        boolean escrow, boolean automatic) {
      this.article = article;
      this.raised = raised;
      this.due = due;
      this.ruling = ruling;
      this.route = route;
      this.routeArticle = routeArticle;
      this.escrow = escrow;
      this.automatic = automatic;
    }

    BigDecimal amount() {
      BigDecimal sum = BigDecimal.ZERO;
      for (Move m : contested) sum = sum.add(m.amount());
      return sum;
    }
  }

  private final Run run;
  private final int escrowAccount;
  private final List<Dispute> all = new ArrayList<>();
  /** Disputes the scenario raises in the current period, by article: lookup only. */
  private final Map<String, Dispute> raisedNow = new HashMap<>();
  private final List<Provision.DisputeRoute> routes;
  /** The disputes the scenario raises, in its order; empty when it raises none. */
  private final List<ScenarioEvent.Dispute> scenarioDisputes = new ArrayList<>(0);
  /** The period in which the scenario next raises a dispute (past the term when it raises no more): most periods skip {@link #open}'s search. */
  private int nextRaised = Integer.MAX_VALUE;

  Disputes(Run run, int escrowAccount) {
    this.run = run;
    this.escrowAccount = escrowAccount;
    this.routes = run.plan.routes;
    for (ScenarioEvent e : run.scenario.events()) {
      if (e instanceof ScenarioEvent.Dispute s) {
        scenarioDisputes.add(s);
        nextRaised = Math.min(nextRaised, s.period());
      }
    }
  }

  /** The route for disputes about {@code article}: the first that names it, else the first that covers every article. */
  Provision.DisputeRoute routeFor(String article) {
    for (Provision.DisputeRoute r : routes) if (r.articles().contains(article)) return r;
    for (Provision.DisputeRoute r : routes) if (r.articles().isEmpty()) return r;
    return null;
  }

  private int due(Provision.DisputeRoute route, int raised) {
    int months = route == null ? 0 : route.months();
    int per = run.model.term().granularity().months;
    return raised + (months + per - 1) / per;
  }

  private Dispute raise(String article, int t, Ruling ruling, boolean automatic) {
    Provision.DisputeRoute route = routeFor(article);
    boolean escrow = route != null && route.escrow() && escrowAccount >= 0;
    Dispute d = new Dispute(article, t, due(route, t), ruling, route, route == null ? article : run.articleOf(route),
        escrow, automatic);
    all.add(d);
    return d;
  }

  void open(int t) {
    if (!raisedNow.isEmpty()) raisedNow.clear();
    if (t < nextRaised) return;
    nextRaised = Integer.MAX_VALUE;
    for (ScenarioEvent.Dispute s : scenarioDisputes) {
      if (s.period() == t && !raisedNow.containsKey(s.article())) {
        raisedNow.put(s.article(), raise(s.article(), t, s.ruling() == null ? Ruling.UPHELD : s.ruling(), false));
      } else if (s.period() > t) {
        nextRaised = Math.min(nextRaised, s.period());
      }
    }
  }

  /** A breach is disputed automatically when a route covers its article and the scenario raised no dispute there. */
  Dispute onBreach(String article, int claimant, int respondent, int t) {
    if (raisedNow.containsKey(article) || routeFor(article) == null) return null;
    Dispute d = raise(article, t, Ruling.UPHELD, true);
    d.claimant = claimant;
    d.respondent = respondent;
    return d;
  }

  /** Whether a dispute the scenario raised in this period contests the flows of {@code article}. */
  boolean contests(String article) {
    return article != null && !raisedNow.isEmpty() && raisedNow.containsKey(article);
  }

  /**
   * Makes a flow, unless it is contested: then it is recorded against the dispute and, when the
   * route says so, paid into escrow instead. {@code dispute} names the dispute explicitly (a
   * disputed breach's penalties); otherwise a dispute the scenario raised on the flow's article
   * in this period applies.
   */
  void transfer(Move m, int t, Dispute dispute) {
    Dispute d = dispute != null ? dispute : m.article() == null || raisedNow.isEmpty() ? null : raisedNow.get(m.article());
    if (d == null || d.raised != t) {
      m.book(run.ledger, t);
      return;
    }
    if (d.claimant == Rounding.NO_ACCOUNT) {
      d.claimant = run.funds.side(m.from());
      d.respondent = run.funds.side(m.to());
    }
    d.contested.add(m);
    if (d.escrow) {
      run.ledger.transfer(t, m.from(), escrowAccount, m.amount(), m.article(), m.clause(),
          run.explain ? m.reason() + "; held in escrow: contested under article " + d.article : "", m.uses());
    } else {
      m.book(run.ledger, t);
    }
  }

  /** Records the disputes raised in period {@code t} and rules on those due in it. */
  void close(int t) {
    if (all.isEmpty()) return;
    for (int i = 0; i < all.size(); i++) {
      Dispute d = all.get(i);
      if (d.raised != t) continue;
      // nothing is contested under it after its period: the event reads what is final
      Model model = run.model;
      run.eventLater("dispute", () -> Run.fields("article", d.article, "contested", fmt(model, d.amount()),
          "escrow", String.valueOf(d.escrow), "route", d.route == null ? "none" : "article " + d.routeArticle,
          "ruling due", d.due < model.term().size() ? model.term().label(d.due) : "after the term",
          "raised by", d.automatic ? "breach" : "scenario"));
    }
    for (int i = 0; i < all.size(); i++) if (all.get(i).due == t) rule(all.get(i), t);
    raisedNow.clear();
  }

  private void rule(Dispute d, int t) {
    String saved = run.eval.article;
    String why = !run.explain ? "" : "ruling " + d.ruling.label() + " on the dispute under article " + d.article
        + " raised in " + run.label(d.raised);
    BigDecimal unrecovered = BigDecimal.ZERO;
    for (Move m : d.contested) {
      BigDecimal back = switch (d.ruling) {
        case UPHELD -> BigDecimal.ZERO;
        case REVERSED -> m.amount();
        case SPLIT -> run.money.apportion(m.amount(), List.of(BigDecimal.ONE, BigDecimal.ONE), List.of(m.to(), m.from()))[1];
      };
      BigDecimal forward = m.amount().subtract(back);
      if (d.escrow) {
        run.ledger.transfer(t, escrowAccount, m.to(), forward, d.article, m.clause(), why, List.of());
        run.ledger.transfer(t, escrowAccount, m.from(), back, d.article, m.clause(), why, List.of());
      } else {
        // a fund returns what it holds, no more: it cannot go below zero
        if (run.funds.isFund(m.to()) && back.compareTo(run.ledger.balance(m.to())) > 0) {
          BigDecimal can = run.money.floor(run.ledger.balance(m.to()).max(BigDecimal.ZERO));
          unrecovered = unrecovered.add(back.subtract(can));
          back = can;
        }
        run.ledger.transfer(t, m.to(), m.from(), back, d.article, m.clause(), why, List.of());
      }
    }
    String costs = chargeCosts(d, t);
    run.eval.article = saved;
    Model model = run.model;
    BigDecimal lost = unrecovered;
    run.eventLater("ruling", () -> Run.fields("article", d.article, "ruling", d.ruling.label(),
        "raised", model.term().label(d.raised), "contested", fmt(model, d.amount()), "costs", costs,
        "unrecovered", lost.signum() > 0 ? fmt(model, lost) : null));
  }

  private String chargeCosts(Dispute d, int t) {
    if (d.route == null || d.route.costAmount() == null) return null;
    int arbiter = arbiter(d.route);
    if (arbiter == Rounding.NO_ACCOUNT) return "none (the route names no arbiter)";
    run.eval.article = d.routeArticle;
    BigDecimal costs;
    try {
      costs = run.amount(d.route.costAmount(), t);
    } catch (Stop stop) {
      run.report(stop.diagnostic, d.route.span());
      return null;
    }
    if (costs.signum() == 0) return run.fmt(costs);
    List<Integer> payers = new ArrayList<>();
    List<BigDecimal> shares = new ArrayList<>();
    String bearer;
    switch (d.route.costs()) {
      case PARTY -> {
        payers.add(run.funds.side(d.route.costParty()));
        shares.add(BigDecimal.ONE);
        bearer = run.id(d.route.costParty());
      }
      case LOSER -> {
        bearer = "the loser";
        if (d.ruling == Ruling.UPHELD) payers.add(d.claimant);
        else if (d.ruling == Ruling.REVERSED) payers.add(d.respondent);
        else {
          payers.add(d.claimant);
          payers.add(d.respondent);
          shares.add(BigDecimal.ONE);
        }
        shares.add(BigDecimal.ONE);
      }
      default -> {
        bearer = "each side";
        payers.add(d.claimant);
        payers.add(d.respondent);
        shares.add(BigDecimal.ONE);
        shares.add(BigDecimal.ONE);
      }
    }
    if (payers.contains(Rounding.NO_ACCOUNT)) return "none (no contested payment names the sides)";
    BigDecimal[] parts = run.money.apportion(costs, shares, payers);
    for (int i = 0; i < parts.length; i++) {
      run.ledger.transfer(t, payers.get(i), arbiter, parts[i], d.routeArticle, d.route.span(),
          run.explain ? "costs of the dispute under article " + d.article + ", borne by " + bearer : "", List.of());
    }
    return run.fmt(costs) + " borne by " + bearer;
  }

  /** Whoever decides last: the party of the last step decided `by` one. */
  private static int arbiter(Provision.DisputeRoute route) {
    for (int i = route.steps().size() - 1; i >= 0; i--) {
      Provision.Forum f = route.steps().get(i);
      if (f.byArbiter() && !f.parties().isEmpty()) return f.parties().get(0);
    }
    return Rounding.NO_ACCOUNT;
  }

  /** At the end of the term: disputes whose ruling would come after it; their escrow stays held. */
  void unresolved(int last) {
    Model model = run.model;
    for (Dispute d : all) {
      if (d.due <= last) continue;
      run.events.add(new Event(last, "unresolved", new Event.Later(() -> Run.fields("article", d.article,
          "raised", model.term().label(d.raised), "held in escrow", d.escrow ? fmt(model, d.amount()) : "0"))));
    }
  }

  /** {@link Run#fmt}, for fields written after the run (which they must not keep alive). */
  private static String fmt(Model model, BigDecimal amount) {
    return Money.format(amount, model.rounding().increment());
  }

  static boolean articleExists(List<Article> articles, String number) {
    return articles.stream().anyMatch(a -> a.number().equals(number));
  }
}
