package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Account;
import org.concord.model.Article;
import org.concord.model.Formula;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.sim.scenario.Scenario;

/**
 * One simulation in progress: the period loop and the meaning of payments, shares,
 * distributions, contributions, conditionals and loops. Obligations and penalties are in
 * {@link Obligations}, disputes in {@link Disputes}, fund settlement in {@link Funds}.
 */
final class Run {
  final Plan plan;
  final Model model;
  final Scenario scenario;
  final Money money;
  final List<Account> accounts;
  final Ledger ledger;
  final Evaluator eval;
  final Funds funds;
  final Obligations obligations;
  final Disputes disputes;
  final List<Event> events = new ArrayList<>();
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private final Map<Provision.Share, BigDecimal[]> received = new IdentityHashMap<>();
  private final Map<Provision.Share, boolean[]> capReported = new IdentityHashMap<>();
  /** Why the provision being run applies: the conditions of the enclosing branches. */
  private final List<String> because = new ArrayList<>();
  /** Whether flows carry reasons and uses ({@link Simulator.Detail#EXPLAINED}). */
  final boolean explain;
  int t;

  Run(Plan plan, Scenario scenario, boolean explain) {
    this.plan = plan;
    this.model = plan.model;
    this.scenario = scenario;
    this.explain = explain;
    this.money = new Money(model.rounding());
    this.accounts = plan.accounts;
    this.ledger = new Ledger(accounts.size(), model.term().size(), plan.holds);
    this.eval = new Evaluator(model, scenario, ledger, explain);
    this.funds = new Funds(this);
    this.obligations = new Obligations(this);
    this.disputes = new Disputes(this, plan.escrowSlot);
  }

  String articleOf(Provision p) {
    return plan.articleOf(p);
  }

  String label(int period) {
    return model.term().label(period);
  }

  String id(int account) {
    return accounts.get(account).id();
  }

  String fmt(BigDecimal amount) {
    return Money.format(amount, model.rounding().increment());
  }

  SimulationResult execute() {
    int periods = model.term().size();
    for (t = 0; t < periods; t++) {
      if (t == 0) funds.openingBalances();
      ledger.openPeriod(t);
      disputes.open(t);
      obligations.chargeInterest(t);
      for (Article a : model.articles()) {
        eval.article = a.number();
        run(a.provisions());
      }
      funds.settle(t);
      disputes.close(t);
      funds.lapse(t);
      ledger.closePeriod(t);
      ledger.checkConservation(t, label(t));
    }
    disputes.unresolved(periods - 1);
    return result();
  }

  private SimulationResult result() {
    List<AccountResult> out = new ArrayList<>();
    for (Account a : accounts) {
      out.add(new AccountResult(a.slot(), a.id(), a.title(), a.kind(), ledger.net(a.slot()),
          plan.holds[a.slot()] ? ledger.closing(a.slot()) : List.of()));
    }
    List<Diagnostic> ds = new ArrayList<>(diagnostics);
    ds.sort(Diagnostic.ORDER);
    return new SimulationResult(model.id(), model.title(), model.currency(), model.scale(), model.rounding().increment(),
        model.term().labels(), out, ledger.flows(), events, ds);
  }

  void report(Diagnostic d) {
    diagnostics.add(d);
  }

  /** Reports {@code d}, pointing it at {@code where} when it has no place of its own (an overflow). */
  void report(Diagnostic d, org.concord.diagnostic.Span where) {
    report(d.span() == Ledger.NO_SPAN ? new Diagnostic(d.code(), d.severity(), where, d.message(), d.help(), d.related()) : d);
  }

  void event(String kind, Map<String, String> fields) {
    events.add(new Event(t, kind, fields));
  }

  static Map<String, String> fields(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
    return m;
  }

  // ------------------------------------------------------------------ provisions

  void run(List<Provision> provisions) {
    for (Provision p : provisions) runOne(p);
  }

  private void runOne(Provision p) {
    int uses = eval.usesSize();
    int reasons = because.size();
    try {
      switch (p) {
        case Provision.Payment pay -> payment(pay);
        case Provision.Share share -> share(share);
        case Provision.Distribution d -> distribution(d);
        case Provision.Contribution c -> contribution(c);
        case Provision.Conditional c -> conditional(c);
        case Provision.ForEach f -> forEach(f);
        case Provision.Obligation o -> obligations.perform(o, t);
        case Provision.Penalty pen -> {} // standing rules: they act on breach and at the start of each period
        case Provision.DisputeRoute r -> {} // acts when a dispute is raised
      }
    } catch (Stop stop) {
      report(stop.diagnostic, p.span());
    } finally {
      eval.truncateUses(uses);
      while (because.size() > reasons) because.removeLast();
    }
  }

  private void conditional(Provision.Conditional c) {
    List<String> failed = explain ? new ArrayList<>() : null;
    for (Provision.Branch b : c.branches()) {
      if (eval.truth(b.condition(), t)) {
        if (explain) {
          because.addAll(failed);
          because.add(eval.because(b.condition(), true, t));
        }
        run(b.provisions());
        return;
      }
      if (explain) failed.add(eval.because(b.condition(), false, t));
    }
    if (explain) because.addAll(failed);
    run(c.otherwise());
  }

  private void forEach(Provision.ForEach f) {
    for (int party : f.parties()) {
      eval.with(f.variable(), party, () -> {
        run(f.body());
        return null;
      });
    }
  }

  /** A flow amount: evaluated, within the limit, rounded, and not negative (C1104). */
  BigDecimal amount(Formula f, int period) {
    BigDecimal raw = eval.guard(eval.number(f, period), period);
    BigDecimal a = money.round(raw);
    if (a.signum() < 0) throw new Stop(Diagnostic.of(Code.C1104, f.span(), eval.article, fmt(a), label(period)));
    return a;
  }

  /** The reason a flow gives: the enclosing conditions, then what the clause computed. */
  String reason(String detail) {
    if (!explain) return "";
    List<String> parts = new ArrayList<>(because);
    if (detail != null && !detail.isEmpty()) parts.add(detail);
    return String.join("; ", parts);
  }

  private String computed(Formula f, BigDecimal value) {
    if (!explain) return "";
    String text = eval.text().text(f, eval.bound);
    return f instanceof Formula.Constant ? text : text + " = " + fmt(value);
  }

  private void payment(Provision.Payment pay) {
    if (!pay.schedule().covers(t)) return;
    BigDecimal amount = amount(pay.amount(), t);
    pay(new Move(eval.party(pay.payer()), eval.party(pay.payee()), amount, eval.article, pay.span(),
        reason(computed(pay.amount(), amount)), eval.uses()));
  }

  /** Pays now, or — when the payer is a fund — asks the fund, which pays at the end of the period. */
  void pay(Move m) {
    if (m.amount().signum() == 0 || m.from() == m.to()) return;
    if (funds.isFund(m.from())) funds.request(m);
    else disputes.transfer(m, t, null);
  }

  private void share(Provision.Share s) {
    if (!s.schedule().covers(t)) return;
    Plan.ShareSplit split = plan.share(s);
    Formula read = split.read();
    BigDecimal total = amount(read, t);
    if (total.signum() == 0) return;
    List<BigDecimal> weights = split.weights();
    List<Integer> to = split.to();
    BigDecimal[] parts = money.apportion(total, weights, to);
    BigDecimal[] got = received.computeIfAbsent(s, k -> zeros(accounts.size()));
    boolean[] reported = capReported.computeIfAbsent(s, k -> new boolean[accounts.size()]);
    String baseText = explain ? eval.text().text(read, eval.bound) : "";
    for (int i = 0; i < parts.length; i++) {
      int account = to.get(i);
      if (account == s.collector()) continue;
      BigDecimal pay = parts[i];
      String detail = explain ? pct(weights.get(i)) + " of " + baseText + " = " + fmt(total) : "";
      if (s.capParty() == Rounding.NO_ACCOUNT || s.capParty() == account) {
        if (s.periodCap() != null) {
          BigDecimal cap = amount(s.periodCap(), t);
          if (pay.compareTo(cap) > 0) {
            pay = cap;
            if (explain) detail += ", at most " + fmt(cap) + " per period";
          }
        }
        if (s.totalCap() != null) {
          BigDecimal cap = amount(s.totalCap(), t);
          BigDecimal room = cap.subtract(got[account]).max(BigDecimal.ZERO);
          if (pay.compareTo(room) >= 0) {
            if (explain && pay.compareTo(room) > 0) detail += ", until " + id(account) + " has received " + fmt(cap);
            pay = room;
            if (!reported[account]) {
              reported[account] = true;
              event("cap", fields("article", eval.article, "party", id(account), "cap", fmt(cap),
                  "received", fmt(got[account].add(pay))));
            }
          }
        }
      }
      got[account] = got[account].add(pay);
      pay(new Move(s.collector(), account, pay, eval.article, s.span(), reason(detail), eval.uses()));
    }
  }

  private static String pct(BigDecimal fraction) {
    return Money.format(fraction.movePointRight(2), null) + "%";
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] z = new BigDecimal[n];
    java.util.Arrays.fill(z, BigDecimal.ZERO);
    return z;
  }

  private void distribution(Provision.Distribution d) {
    if (!d.schedule().covers(t)) return;
    BigDecimal total = amount(d.amount(), t);
    if (total.signum() == 0 || d.recipients().isEmpty()) return;
    Basis.Split split = new Basis(this).split(d.basis(), d.recipients(), total, true);
    BigDecimal[] parts = money.apportion(total, split.weights(), d.recipients());
    String computed = explain ? computed(d.amount(), total) + ", " : "";
    for (int i = 0; i < parts.length; i++) {
      // pay() makes no flow of nothing or to oneself: skip writing the reason for those
      if (parts[i].signum() == 0 || d.recipients().get(i) == d.fund()) continue;
      pay(new Move(d.fund(), d.recipients().get(i), parts[i], eval.article, d.span(),
          explain ? reason(computed + split.why().apply(i)) : "", eval.uses()));
    }
  }

  private void contribution(Provision.Contribution c) {
    if (!c.schedule().covers(t)) return;
    BigDecimal total = amount(c.amount(), t);
    if (total.signum() == 0 || c.contributors().isEmpty()) return;
    Basis.Split split = new Basis(this).split(c.basis(), c.contributors(), total, false);
    BigDecimal[] parts = money.apportion(total, split.weights(), c.contributors());
    String computed = explain ? computed(c.amount(), total) + ", " : "";
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].signum() == 0 || c.contributors().get(i) == c.fund()) continue;
      pay(new Move(c.contributors().get(i), c.fund(), parts[i], eval.article, c.span(),
          explain ? reason(computed + split.why().apply(i)) : "", eval.uses()));
    }
  }
}
