package org.concord.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;
import org.concord.model.Article;
import org.concord.model.Formula;
import org.concord.model.Input;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.ValueType;

/**
 * Articles and their clauses as {@link Provision}s (see the javadoc there and spec/semantics.md,
 * "From text to model"): parties and funds to slots, amounts typed as money, timings to
 * schedules, obligations numbered in article order, dispute time limits in months.
 */
final class Provisions {
  private final TypeChecker types;
  private final Timings timings;
  private final Periods periods;
  private final Symbols symbols;
  private final List<Input> inputs;
  private final Diagnostics out;
  private final Map<String, Integer> obligations = new LinkedHashMap<>();
  private final Map<String, Span> obligationSpans = new LinkedHashMap<>();
  private final Map<Clause.Obligation, Integer> obligationIndex = new IdentityHashMap<>();
  private final Map<String, Span> articleNumbers = new LinkedHashMap<>();
  private Span escrow;

  Provisions(TypeChecker types, Timings timings, Periods periods, Symbols symbols, List<Input> inputs, Diagnostics out) {
    this.types = types;
    this.timings = timings;
    this.periods = periods;
    this.symbols = symbols;
    this.inputs = inputs;
    this.out = out;
  }

  /** Where the first route holding contested payments in escrow is written; null when none does. */
  Span escrow() {
    return escrow;
  }

  List<Article> articles(List<Declaration.Article> written) {
    for (Declaration.Article a : written) {
      Span first = articleNumbers.putIfAbsent(a.number(), a.span());
      if (first != null) {
        out.add(Diagnostic.of(Code.C0107, a.span(), "article", a.number()).withLabel(first, "first declared here"));
      }
      number(a.clauses());
    }
    List<Article> articles = new ArrayList<>();
    for (Declaration.Article a : written) {
      articles.add(new Article(a.number(), a.title() == null ? "" : a.title(), clauses(a.clauses(), Scope.top()),
          a.span()));
    }
    return articles;
  }

  /** Numbers obligations in article order, looking inside conditionals and loops. */
  private void number(List<Clause> clauses) {
    for (Clause c : clauses) {
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (c instanceof Clause.Obligation o) {
        Span first = obligationSpans.putIfAbsent(o.id().text(), o.id().span());
        if (first != null) {
          out.add(Diagnostic.of(Code.C0107, o.id().span(), "obligation", o.id().text())
              .withLabel(first, "first declared here"));
        } else {
          obligations.put(o.id().text(), obligations.size());
        }
        obligationIndex.put(o, obligations.getOrDefault(o.id().text(), -1));
      } else if (c instanceof Clause.Conditional k) {
        for (Clause.Branch b : k.branches()) number(b.clauses());
        if (k.otherwise() != null) number(k.otherwise());
      } else if (c instanceof Clause.ForEach f) {
        number(f.body());
      }
    }
  }

  private List<Provision> clauses(List<Clause> clauses, Scope s) {
    List<Provision> ps = new ArrayList<>();
    for (Clause c : clauses) ps.add(clause(c, s));
    return ps;
  }

  private Provision clause(Clause c, Scope s) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (c instanceof Clause.Payment p) {
      return new Provision.Payment(
          types.partyRef(p.payer(), s, TypeChecker.Need.ACCOUNT),
          types.expect(p.amount(), ValueType.MONEY, "the amount of a payment", s),
          types.partyRef(p.payee(), s, TypeChecker.Need.ACCOUNT),
          timings.schedule(p.timing()), p.span());
    }
    if (c instanceof Clause.Share sh) return share(sh, s);
    if (c instanceof Clause.Distribution d && loopVariable(d.recipients(), s) != null) {
      return new Provision.Payment(
          fundRef(d.fund(), s),
          types.expect(d.amount(), ValueType.MONEY, "the amount a fund distributes", s),
          loopVariable(d.recipients(), s), timings.schedule(d.timing()), d.span());
    }
    if (c instanceof Clause.Contribution k && loopVariable(k.contributors(), s) != null) {
      return new Provision.Payment(
          loopVariable(k.contributors(), s),
          types.expect(k.amount(), ValueType.MONEY, "the amount of a contribution", s),
          fundRef(k.fund(), s), timings.schedule(k.timing()), k.span());
    }
    if (c instanceof Clause.Distribution d) {
      return new Provision.Distribution(
          types.account(d.fund(), s, TypeChecker.Need.FUND),
          types.expect(d.amount(), ValueType.MONEY, "the amount a fund distributes", s),
          parties(d.recipients(), s, TypeChecker.Need.ACCOUNT),
          basis(d.basis(), s), timings.schedule(d.timing()), d.span());
    }
    if (c instanceof Clause.Contribution k) {
      return new Provision.Contribution(
          parties(k.contributors(), s, TypeChecker.Need.PARTY),
          types.expect(k.amount(), ValueType.MONEY, "the amount of a contribution", s),
          types.account(k.fund(), s, TypeChecker.Need.FUND),
          basis(k.basis(), s), timings.schedule(k.timing()), k.span());
    }
    if (c instanceof Clause.Conditional k) {
      List<Provision.Branch> branches = new ArrayList<>();
      for (Clause.Branch b : k.branches()) {
        branches.add(new Provision.Branch(types.condition(b.condition(), s), clauses(b.clauses(), s), b.span()));
      }
      return new Provision.Conditional(branches, k.otherwise() == null ? List.of() : clauses(k.otherwise(), s),
          k.span());
    }
    if (c instanceof Clause.ForEach f) {
      List<Integer> parties = parties(f.parties(), s, TypeChecker.Need.PARTY);
      hides(f.variable());
      int v = types.newVariable();
      return new Provision.ForEach(v, parties, clauses(f.body(), s.withVariable(f.variable().text(), v)), f.span());
    }
    if (c instanceof Clause.Obligation o) return obligation(o, s);
    if (c instanceof Clause.Penalty p) return penalty(p, s);
    return dispute((Clause.DisputeRoute) c, s);
  }

  /**
   * Inside `for each p`, `F distributes E to p` and `p contribute E to F` move the whole amount
   * between the fund and the loop's party: a payment, whatever the basis (a basis over one party
   * gives it everything). The party set's list of slots cannot hold a variable.
   */
  private static Formula.BoundParty loopVariable(Clause.PartySet set, Scope s) {
    if (set instanceof Clause.PartyList l && l.parties().size() == 1) {
      Integer v = s.variable(l.parties().getFirst().text());
      if (v != null) return new Formula.BoundParty(v);
    }
    return null;
  }

  private Formula.PartyRef fundRef(Name fund, Scope s) {
    int slot = types.account(fund, s, TypeChecker.Need.FUND);
    return slot < 0 ? null : new Formula.FixedParty(slot);
  }

  private void hides(Name variable) {
    Symbols.Symbol sym = symbols.get(variable.text());
    if (sym != null) out.add(Code.C0127, variable.span(), variable.text(), sym.kind.noun);
  }

  // ------------------------------------------------------------------ shares

  private Provision share(Clause.Share sh, Scope s) {
    int base = Rounding.NO_ACCOUNT;
    int inputCollector = Rounding.NO_ACCOUNT;
    Symbols.Symbol sym = symbols.get(sh.base().text());
    if (sym == null) {
      Diagnostic d = Diagnostic.of(Code.C0102, sh.base().span(), sh.base().text());
      List<String> candidates = symbols.names(Symbols.Kind.INPUT);
      out.add(Suggestions.nearest(sh.base().text(), candidates).map(x -> d.withHelp("did you mean `" + x + "`?"))
          .orElse(d));
    } else if (sym.kind != Symbols.Kind.INPUT) {
      out.add(Code.C0112, sh.base().span(), sh.base().text(), sym.kind.noun, "an input");
    } else {
      sym.used = true;
      base = sym.slot;
      Input in = inputs.get(sym.slot);
      inputCollector = in.collectedBy();
      if (in.type() != ValueType.MONEY) out.add(Code.C0213, sh.base().span(), sh.base().text(), Units.describe(in.type()));
    }
    int collector = sh.collector() == null ? Rounding.NO_ACCOUNT
        : types.account(sh.collector(), s, TypeChecker.Need.PARTY);
    if (sh.collector() == null && base >= 0) {
      collector = inputCollector;
      if (collector == Rounding.NO_ACCOUNT) out.add(Code.C0125, sh.base().span(), sh.base().text());
    }
    // A share naming another collector than its input is a shares finding (C0309, rules).
    List<Provision.Portion> portions = new ArrayList<>();
    for (Clause.ShareLine line : sh.lines()) {
      portions.add(new Provision.Portion(line.points().movePointLeft(2),
          types.account(line.to(), s, TypeChecker.Need.ACCOUNT), line.span()));
    }
    int remainderTo = sh.remainderTo() == null ? Rounding.NO_ACCOUNT
        : types.account(sh.remainderTo(), s, TypeChecker.Need.ACCOUNT);
    int capParty = Rounding.NO_ACCOUNT;
    Formula totalCap = null;
    if (sh.totalCap() != null) {
      capParty = types.account(sh.totalCap().party(), s, TypeChecker.Need.ACCOUNT);
      totalCap = types.expect(sh.totalCap().amount(), ValueType.MONEY, "the cap of a share", s);
    }
    Formula periodCap = sh.periodCap() == null ? null
        : types.expect(sh.periodCap(), ValueType.MONEY, "the cap of a share per period", s);
    return new Provision.Share(base, collector, portions, remainderTo, capParty, totalCap, periodCap,
        timings.schedule(sh.timing()), sh.span());
  }

  // ------------------------------------------------------------------ party sets and bases

  private List<Integer> parties(Clause.PartySet set, Scope s, TypeChecker.Need need) {
    List<Integer> slots = new ArrayList<>();
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (set instanceof Clause.AllParties) {
      // Every party, joint bodies included (spec/language.md, "Party sets").
      for (Symbols.Symbol sym : symbols.accounts) if (sym.kind == Symbols.Kind.PARTY) slots.add(sym.slot);
    } else if (set instanceof Clause.MembersOf m) {
      int body = types.account(m.body(), s, TypeChecker.Need.PARTY);
      if (body < 0) return List.of();
      Declaration.Party p = (Declaration.Party) symbols.account(body).declaration;
      if (p.members().isEmpty()) {
        out.add(Code.C0124, m.body().span(), m.body().text());
        return List.of();
      }
      for (Name member : p.members()) {
        Symbols.Symbol ms = symbols.get(member.text());
        if (ms != null && ms.kind == Symbols.Kind.PARTY) slots.add(ms.slot);
      }
    } else {
      for (Name n : ((Clause.PartyList) set).parties()) slots.add(types.account(n, s, need));
    }
    return slots;
  }

  private Provision.Basis basis(Clause.Basis basis, Scope s) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (basis instanceof Clause.Proportional p) {
      int v = types.newVariable();
      return new Provision.Proportional(v, types.measure(p.weight(), "the weight of a share-out", s.withEach(v)));
    }
    if (basis instanceof Clause.Equalising q) {
      int v = types.newVariable();
      return new Provision.Equalising(v, types.measure(q.measure(), "the measure to equalise", s.withEach(v)));
    }
    return new Provision.Equally(); // none given, or `equally`
  }

  // ------------------------------------------------------------------ obligations and penalties

  private Provision obligation(Clause.Obligation o, Scope s) {
    Formula.PartyRef party = types.partyRef(o.party(), s, TypeChecker.Need.PARTY);
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    Provision.Duty duty = o.duty() instanceof Clause.PayDuty p
        ? new Provision.PayDuty(
            types.expect(p.amount(), ValueType.MONEY, "the amount of a duty to pay", s),
            types.partyRef(p.payee(), s, TypeChecker.Need.ACCOUNT))
        : new Provision.EnsureDuty(types.condition(((Clause.EnsureDuty) o.duty()).condition(), s));
    int[] by = o.deadline() == null ? null : periods.range(o.deadline());
    int deadline = by == null ? -1 : by[1];
    return new Provision.Obligation(obligationIndex.getOrDefault(o, -1), o.id().text(),
        o.title() == null ? o.id().text() : o.title(), party, duty, deadline, o.hortatory(), o.span());
  }

  private Provision penalty(Clause.Penalty p, Scope s) {
    Integer index = obligations.get(p.obligation().text());
    if (index == null) {
      Diagnostic d = Diagnostic.of(Code.C0105, p.obligation().span(), p.obligation().text());
      out.add(Suggestions.nearest(p.obligation().text(), obligations.keySet())
          .map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
    }
    int payer = p.payer() == null ? Rounding.NO_ACCOUNT : types.account(p.payer(), s, TypeChecker.Need.PARTY);
    Formula amount = p.amount() == null ? null
        : types.expect(p.amount(), ValueType.MONEY, "the amount of a penalty", s.inPenalty());
    int payee = p.payee() == null ? Rounding.NO_ACCOUNT : types.account(p.payee(), s, TypeChecker.Need.ACCOUNT);
    BigDecimal interest = p.interest() == null ? null : p.interest().points().movePointLeft(2);
    int interestTo = p.interest() == null ? Rounding.NO_ACCOUNT
        : types.account(p.interest().to(), s, TypeChecker.Need.ACCOUNT);
    BigDecimal escalation = p.escalation() == null ? null : p.escalation().points().movePointLeft(2);
    return new Provision.Penalty(index == null ? -1 : index, payer, amount, payee, interest, interestTo, escalation,
        p.span());
  }

  // ------------------------------------------------------------------ disputes

  private Provision dispute(Clause.DisputeRoute r, Scope s) {
    List<String> articles = new ArrayList<>();
    for (Clause.ArticleRef a : r.articles()) {
      if (!articleNumbers.containsKey(a.number())) out.add(Code.C0104, a.span(), a.number());
      articles.add(a.number());
    }
    List<Provision.Forum> steps = new ArrayList<>();
    for (Clause.ForumStep step : r.steps()) {
      List<Integer> parties = new ArrayList<>();
      for (Name n : step.parties()) parties.add(types.account(n, s, TypeChecker.Need.PARTY));
      steps.add(new Provision.Forum(step.forum().text(), parties, step.byArbiter(), months(step),
          step.binding() == Clause.Binding.BINDING));
    }
    if (r.escrow() && escrow == null) escrow = r.span();
    Provision.CostBearer bearer = Provision.CostBearer.UNSTATED;
    int costParty = Rounding.NO_ACCOUNT;
    if (r.costs() != null) {
      switch (r.costs().bearer()) {
        case LOSER -> bearer = Provision.CostBearer.LOSER;
        case EACH_SIDE -> bearer = Provision.CostBearer.EACH_SIDE;
        case PARTY -> {
          bearer = Provision.CostBearer.PARTY;
          costParty = types.account(r.costs().party(), s, TypeChecker.Need.PARTY);
        }
      }
    }
    Formula costAmount = r.costAmount() == null ? null
        : types.expect(r.costAmount(), ValueType.MONEY, "the costs of a dispute", s);
    return new Provision.DisputeRoute(articles, steps, r.escrow(), bearer, costParty, costAmount, r.span());
  }

  /** A forum's time limit in months: days count 30 to the month and round up, weeks too. */
  private int months(Clause.ForumStep step) {
    BigDecimal limit = step.limit();
    BigDecimal months = switch (Timings.singular(step.unit().text())) {
      case "day" -> limit.divide(BigDecimal.valueOf(30), 0, RoundingMode.CEILING);
      case "week" -> limit.multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(30), 0, RoundingMode.CEILING);
      case "month" -> limit.setScale(0, RoundingMode.CEILING);
      case "year" -> limit.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.CEILING);
      default -> null;
    };
    if (months == null) return 0; // an unknown unit is an arbitration finding (C0804, rules)
    BigDecimal cap = BigDecimal.valueOf(Integer.MAX_VALUE / 1024);
    return months.min(cap).intValueExact();
  }
}
