package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
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
  private final Basis basis = new Basis(this);
  final List<Event> events = new ArrayList<>();
  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  // sized for a few shares: most agreements have none, and an IdentityHashMap's table is made at once
  private final Map<Provision.Share, BigDecimal[]> received = new IdentityHashMap<>(4);
  private final Map<Provision.Share, boolean[]> capReported = new IdentityHashMap<>(4);
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
    this.money = plan.money;
    this.accounts = plan.accounts;
    this.ledger = new Ledger(accounts.size(), model.term().size(), plan.holds, money.unitScale(), plan.expectedFlows, explain,
        model.term()::label);
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
      for (int i = 0; i < plan.articles.size(); i++) {
        Step.Article a = plan.articles.get(i);
        eval.article = a.number();
        if (explain) run(a.steps());
        else Action.applyAll(plan.actions[i], this);
      }
      funds.settle(t);
      disputes.close(t);
      funds.lapse(t);
      ledger.closePeriod(t);
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

  /**
   * An event whose fields are written when first read ({@link Event.Later}): {@code fields} may
   * read only what no longer changes, and not this run.
   */
  void eventLater(String kind, java.util.function.Supplier<Event.Fields> fields) {
    events.add(new Event(t, kind, new Event.Later(fields)));
  }

  static Event.Fields fields(String... kv) {
    Event.Fields m = new Event.Fields();
    for (int i = 0; i + 1 < kv.length; i += 2) if (kv[i + 1] != null) m.put(kv[i], kv[i + 1]);
    return m;
  }

  // ------------------------------------------------------------------ provisions

  void run(List<Step> steps) {
    for (Step s : steps) runOne(s);
  }

  private void runOne(Step step) {
    // without explanations nothing records uses or reasons: nothing to forget after the step
    int uses = explain ? eval.usesSize() : 0;
    int reasons = explain ? because.size() : 0;
    try {
      dispatch(step);
    } catch (Stop stop) {
      report(stop.diagnostic, step.provision().span());
    } finally {
      if (explain) {
        eval.truncateUses(uses);
        while (because.size() > reasons) because.removeLast();
      }
    }
  }

  void dispatch(Step step) {
    switch (step) {
      case Step.Pay pay -> payment(pay);
      case Step.Share share -> share(share);
      case Step.Divide d -> divide(d);
      case Step.Branches b -> conditional(b);
      case Step.Loop l -> forEach(l);
      case Step.Perform o -> obligations.perform(o.provision(), t);
      case Step.Standing s -> {} // penalties act on breach and at the start of each period; routes when a dispute is raised
    }
  }

  private void conditional(Step.Branches b) {
    List<String> failed = explain ? new ArrayList<>() : null;
    for (int i = 0; i < b.conditions().size(); i++) {
      Formula condition = b.conditions().get(i);
      if (eval.truth(condition, t)) {
        if (explain) {
          because.addAll(failed);
          because.add(eval.because(condition, true, t));
        }
        run(b.bodies().get(i));
        return;
      }
      if (explain) failed.add(eval.because(condition, false, t));
    }
    if (explain) because.addAll(failed);
    run(b.otherwise());
  }

  private void forEach(Step.Loop l) {
    Provision.ForEach f = l.provision();
    for (int party : f.parties()) {
      eval.with(f.variable(), party, () -> {
        run(l.body());
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

  private void payment(Step.Pay step) {
    Provision.Payment pay = step.provision();
    if (!pay.schedule().covers(t)) return;
    BigDecimal amount = step.fixed() != null ? step.fixed() : amount(pay.amount(), t);
    pay(eval.party(pay.payer()), eval.party(pay.payee()), amount, pay.span(), reason(computed(pay.amount(), amount)));
  }

  /**
   * Pays now, or — when the payer is a fund — asks the fund, which pays at the end of the period.
   * The flow cites the article being run and the values read so far.
   */
  void pay(int from, int to, BigDecimal amount, Span clause, String reason) {
    if (amount.signum() == 0 || from == to) return;
    if (funds.isFund(from)) funds.request(from, to, amount, eval.article, clause, reason, eval.uses());
    else if (disputes.contests(eval.article)) disputes.transfer(new Move(from, to, amount, eval.article, clause, reason, eval.uses()), t, null);
    else ledger.transfer(t, from, to, amount, eval.article, clause, reason, eval.uses());
  }

  private void share(Step.Share step) {
    Provision.Share s = step.provision();
    if (!s.schedule().covers(t)) return;
    Plan.ShareSplit split = step.split();
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
      pay(s.collector(), account, pay, s.span(), reason(detail));
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

  /** A distribution (fund to parties) or contribution (parties to fund): the amount, split by the basis. */
  private void divide(Step.Divide d) {
    if (!d.schedule().covers(t) || d.parties().isEmpty()) return;
    BigDecimal total = d.fixed() != null ? d.fixed() : amount(d.amount(), t);
    if (total.signum() == 0) return;
    // the basis writes reasons only when explaining; an equal split needs no weighing, and of a constant is done once
    Basis.Split split = explain || d.equal() == null ? basis.split(d.basis(), d.parties(), total, d.distribution()) : null;
    BigDecimal[] parts = d.fixedParts() != null ? d.fixedParts()
        : money.apportion(total, split != null ? split.weights() : d.equal(), d.parties());
    String computed = explain ? computed(d.amount(), total) + ", " : "";
    for (int i = 0; i < parts.length; i++) {
      int party = d.parties().get(i);
      // pay() makes no flow of nothing or to oneself: skip writing the reason for those
      if (parts[i].signum() == 0 || party == d.fund()) continue;
      String why = explain ? reason(computed + split.why().apply(i)) : "";
      if (d.distribution()) pay(d.fund(), party, parts[i], d.provision().span(), why);
      else pay(party, d.fund(), parts[i], d.provision().span(), why);
    }
  }
}
