package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Header;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;

/**
 * C0605: a fund that provably pays out more than can have come in. Inflows are bounded from
 * above (every possible inflow counted, conditional or not, each contributor paying the full
 * amount) and outflows from below (only unconditional payouts of literal amounts), so a warning
 * is a proof: in some period the certain payouts exceed the most that can have come in. When an
 * inflow cannot be bounded (a formula, a share of a tax, a penalty) the fund is not judged.
 */
final class FundBalance {
  private FundBalance() {}

  private record Flow(Periods.Window window, BigDecimal amount) {}

  static void overdraw(Declaration.Fund fund, Header header, List<Clauses.Site> sites, Declared declared, Diagnostics out) {
    Periods.Window term = Periods.term(header);
    if (term == null) return;
    Header.Granularity granularity = Periods.granularity(header);
    int periods = Periods.count(term, granularity);
    if (periods < 0) return;
    BigDecimal initial = fund.initialBalance() == null ? BigDecimal.ZERO : literal(fund.initialBalance());
    if (initial == null) return;
    String id = fund.id().text();
    List<Flow> inflows = new ArrayList<>();
    List<Flow> outflows = new ArrayList<>();
    for (Declaration.Fund other : declared.funds.values()) {
      if (other != fund && other.lapseTo() != null && other.lapseTo().text().equals(id)) return;
    }
    for (Clauses.Site site : sites) {
      Clause c = site.clause();
      if (paysInto(c, id, declared)) {
        Flow f = bound(c, site, term, granularity, declared, true);
        if (f == null) return;
        inflows.add(f);
      } else if (!site.conditional() && paysOutOf(c, id)) {
        Flow f = bound(c, site, term, granularity, declared, false);
        if (f != null) outflows.add(f);
      }
    }
    if (outflows.isEmpty()) return;
    BigDecimal cameIn = initial;
    BigDecimal wentOut = BigDecimal.ZERO;
    for (int i = 0; i < periods; i++) {
      Periods.Window p = Periods.period(term, granularity, i);
      for (Flow f : inflows) if (f.window.overlaps(p)) cameIn = cameIn.add(f.amount);
      for (Flow f : outflows) if (f.window.overlaps(p)) wentOut = wentOut.add(f.amount);
      if (wentOut.compareTo(cameIn) > 0) {
        out.add(Code.C0605, fund.id().span(), id, plain(wentOut), Periods.label(p.first(), granularity), plain(cameIn));
        return;
      }
    }
  }

  private static boolean paysInto(Clause c, String fund, Declared declared) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (c instanceof Clause.Payment p) return is(p.payee(), fund);
    if (c instanceof Clause.Contribution k) return is(k.fund(), fund);
    if (c instanceof Clause.Share s) return is(s.remainderTo(), fund) || s.lines().stream().anyMatch(l -> is(l.to(), fund));
    if (c instanceof Clause.Obligation o) return o.duty() instanceof Clause.PayDuty pay && is(pay.payee(), fund);
    if (c instanceof Clause.Penalty p) return is(p.payee(), fund) || (p.interest() != null && is(p.interest().to(), fund));
    if (c instanceof Clause.Distribution d) {
      return d.recipients() instanceof Clause.PartyList l && l.parties().stream().anyMatch(n -> is(n, fund));
    }
    return false;
  }

  private static boolean paysOutOf(Clause c, String fund) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (c instanceof Clause.Payment p) return is(p.payer(), fund);
    return c instanceof Clause.Distribution d && is(d.fund(), fund);
  }

  /**
   * The amount a clause moves in each period it applies, as a bound: from above for an inflow,
   * from below for an outflow. Null when there is no such bound.
   */
  private static Flow bound(
      Clause c, Clauses.Site site, Periods.Window term, Header.Granularity granularity, Declared declared, boolean inflow) {
    Clause.Timing timing;
    BigDecimal amount;
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (c instanceof Clause.Payment p) {
      timing = p.timing();
      amount = literal(p.amount());
    } else if (c instanceof Clause.Distribution d) {
      timing = d.timing();
      amount = literal(d.amount());
    } else if (c instanceof Clause.Contribution k) {
      timing = k.timing();
      amount = literal(k.amount());
      if (amount != null && k.basis() == null) {
        // Without a basis each contributor may pay the amount in full: the upper bound.
        List<String> who = declared.expand(k.contributors());
        amount = who == null ? null : amount.multiply(BigDecimal.valueOf(who.size()));
      } else if (k.basis() instanceof Clause.Equalising) {
        amount = null;
      }
    } else if (c instanceof Clause.Obligation o && o.duty() instanceof Clause.PayDuty pay) {
      timing = null;
      amount = literal(pay.amount());
    } else {
      return null;
    }
    if (amount == null || amount.signum() < 0) return null;
    if (!inflow && timing != null && timing.each() != null && !matches(timing.each(), granularity)) return null;
    for (Clause.ForEach loop : site.loops()) {
      List<String> who = loop.parties() == null ? null : declared.expand(loop.parties());
      if (who == null) return null;
      amount = amount.multiply(BigDecimal.valueOf(who.size()));
    }
    Periods.Window window = Periods.of(timing, term, granularity);
    if (window == null) return null;
    return new Flow(window, amount);
  }

  private static boolean matches(Name each, Header.Granularity granularity) {
    String unit = each.text().toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "period" -> true;
      case "year" -> granularity == Header.Granularity.YEARLY;
      case "quarter" -> granularity == Header.Granularity.QUARTERLY;
      case "month" -> granularity == Header.Granularity.MONTHLY;
      default -> false;
    };
  }

  private static boolean is(Name n, String fund) {
    return n != null && n.text().equals(fund);
  }

  /** The value of a literal amount (`300`, `-5`), or null when it is not a literal. */
  static BigDecimal literal(Expr e) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Number n) return n.value();
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE) {
      BigDecimal inner = literal(u.operand());
      return inner == null ? null : inner.negate();
    }
    return null;
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
