package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Name;
import org.concord.check.AgreementRule;
import org.concord.check.CheckUnit;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;

/**
 * Accounts and conservation by construction (spec/diagnostics.md, C06xx): money only moves
 * between two different accounts (parties, funds, outside accounts); distributions and
 * contributions go through funds; and a fund is paid into, pays out, and cannot be shown to pay
 * out more than can have come in. Escrow needs no rule: the grammar reserves the word, so only
 * a dispute route's `contested payments held in escrow` can reach it.
 */
public final class AccountRules implements AgreementRule {
  @Override
  public void check(CheckUnit unit, Declared declared, Diagnostics out) {
    List<Clauses.Site> sites = declared.sites();
    Set<String> paidInto = new HashSet<>();
    Set<String> paidOutOf = new HashSet<>();
    for (Clauses.Site site : sites) {
      flows(site.clause(), declared, paidInto, paidOutOf, out);
    }
    for (Declaration.Fund fund : unit.agreement().funds()) {
      if (fund.id() == null) continue;
      String id = fund.id().text();
      if (fund.lapseTo() != null) {
        paidOutOf.add(id);
        paidInto.add(fund.lapseTo().text());
        if (fund.lapseTo().text().equals(id)) out.add(Code.C0601, fund.lapseTo().span(), id);
        if (fund.carryOver()) out.add(Code.C0607, fund.lapseTo().span(), id, fund.lapseTo().text());
      }
    }
    for (Declaration.Fund fund : unit.agreement().funds()) {
      if (fund.id() == null || declared.fund(fund.id().text()) != fund) continue;
      String id = fund.id().text();
      // A fund nothing moves through at all is unused (C0110); these two are for half-used funds.
      boolean unused = !paidInto.contains(id) && !paidOutOf.contains(id);
      if (!unused && !paidInto.contains(id) && fund.initialBalance() == null) out.add(Code.C0603, fund.id().span(), id);
      if (!unused && !paidOutOf.contains(id) && !fund.carryOver()) out.add(Code.C0604, fund.id().span(), id);
      if (fund.shortfall() == null) FundBalance.overdraw(fund, unit.agreement().header(), sites, declared, out);
    }
  }

  private static void flows(Clause clause, Declared declared, Set<String> into, Set<String> outOf, Diagnostics out) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (clause instanceof Clause.Payment p) {
      flow(p.payer(), p.payee(), declared, into, outOf, out);
      negative(p.amount(), out);
    } else if (clause instanceof Clause.Share s) {
      note(s.remainderTo(), into);
      for (Clause.ShareLine line : s.lines()) {
        note(line.to(), into);
      }
    } else if (clause instanceof Clause.Distribution d) {
      fundOnly(d.fund(), "distribute", declared, out);
      note(d.fund(), outOf);
      partySet(d.recipients(), d.fund(), declared, into, out);
      negative(d.amount(), out);
    } else if (clause instanceof Clause.Contribution c) {
      fundOnly(c.fund(), "receive contributions", declared, out);
      note(c.fund(), into);
      partySet(c.contributors(), c.fund(), declared, outOf, out);
      negative(c.amount(), out);
    } else if (clause instanceof Clause.Obligation o) {
      if (o.duty() instanceof Clause.PayDuty pay) {
        flow(o.party(), pay.payee(), declared, into, outOf, out);
        negative(pay.amount(), out);
      }
    } else if (clause instanceof Clause.Penalty p) {
      Name payer = p.payer();
      if (payer == null && p.obligation() != null) {
        Declared.Located<Clause.Obligation> o = declared.obligation(p.obligation().text());
        if (o != null) payer = o.clause().party();
      }
      if (p.payee() != null) flow(payer, p.payee(), declared, into, outOf, out);
      if (p.interest() != null) flow(payer, p.interest().to(), declared, into, outOf, out);
      if (p.amount() != null) negative(p.amount(), out);
    }
  }

  /** A flow from one account to another: both must be accounts, and not the same one. */
  private static void flow(Name payer, Name payee, Declared declared, Set<String> into, Set<String> outOf, Diagnostics out) {
    note(payer, outOf);
    note(payee, into);
    if (payer != null && payee != null && payer.text().equals(payee.text())) {
      out.add(Code.C0601, payee.span(), payee.text());
    }
  }

  private static void partySet(Clause.PartySet set, Name fund, Declared declared, Set<String> touched, Diagnostics out) {
    if (!(set instanceof Clause.PartyList list)) return;
    for (Name n : list.parties()) {
      note(n, touched);
      if (fund != null && n.text().equals(fund.text())) out.add(Code.C0601, n.span(), n.text());
    }
  }

  private static void note(Name n, Set<String> names) {
    if (n != null) names.add(n.text());
  }

  /** C0608: distributions come out of, and contributions go into, a fund. */
  private static void fundOnly(Name n, String what, Declared declared, Diagnostics out) {
    if (n == null) return;
    Declared.Kind kind = declared.kindOf(n.text());
    if (kind == Declared.Kind.PARTY || kind == Declared.Kind.OUTSIDE) {
      out.add(Code.C0608, n.span(), n.text(), (kind == Declared.Kind.PARTY ? "a " : "an ") + kind.word, what);
    }
  }



  /** C0606: `-100` as an amount turns the flow round. */
  private static void negative(Expr amount, Diagnostics out) {
    BigDecimal value = FundBalance.literal(amount);
    if (value == null || value.signum() >= 0) return;
    String written = amount instanceof Expr.Unary u && u.operand() instanceof Expr.Number n
        ? "-" + n.text()
        : value.toPlainString();
    out.add(Code.C0606, amount.span(), written);
  }
}
