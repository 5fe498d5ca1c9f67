package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.check.AgreementRule;
import org.concord.check.CheckUnit;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;

/**
 * Shares (spec/diagnostics.md, C03xx): each sharing rule gives away exactly the whole base, or
 * says where the remainder goes; no line is negative, empty or above the whole; a base of one
 * collector is not shared out twice at the same time beyond 100%.
 */
public final class ShareRules implements AgreementRule {
  @Override
  public void check(CheckUnit unit, Declared declared, Diagnostics out) {
    for (Clauses.Site site : declared.sites()) {
      if (site.clause() instanceof Clause.Share share && share.base() != null) checkShare(share, declared, out);
    }
    overlapping(Allocations.claims(unit, declared, 0), out);
  }

  private static void checkShare(Clause.Share share, Declared declared, Diagnostics out) {
    String base = share.base().text();
    BigDecimal sum = BigDecimal.ZERO;
    boolean lineOverWhole = false;
    Map<String, Clause.ShareLine> seen = new LinkedHashMap<>();
    for (Clause.ShareLine line : share.lines()) {
      sum = sum.add(line.points());
      String to = line.to().text();
      if (line.points().compareTo(Allocations.HUNDRED) > 0) {
        lineOverWhole = true;
        out.add(Code.C0303, line.span(), Allocations.percent(line.points()), to, base);
      } else if (line.points().signum() == 0) {
        out.add(Code.C0304, line.span(), to, base);
      }
      Clause.ShareLine first = seen.putIfAbsent(to, line);
      if (first != null) {
        BigDecimal together = first.points().add(line.points());
        out.add(Diagnostic.of(Code.C0305, line.span(), to, base, Allocations.percent(together))
            .withLabel(first.span(), "first share to `" + to + "` here"));
      }
    }
    int against100 = sum.compareTo(Allocations.HUNDRED);
    if (!lineOverWhole && against100 > 0) {
      out.add(Code.C0302, share.base().span(), base, Allocations.percent(sum),
          Allocations.percent(sum.subtract(Allocations.HUNDRED)));
    } else if (against100 < 0 && share.remainderTo() == null) {
      out.add(Code.C0301, share.base().span(), base, Allocations.percent(sum),
          Allocations.percent(Allocations.HUNDRED.subtract(sum)), suggestedRemainder(share, declared));
    } else if (against100 == 0 && share.remainderTo() != null) {
      out.add(Code.C0307, share.remainderTo().span(), share.remainderTo().text(), base);
    }
    capOnRecipient(share, seen.keySet(), declared, out);
    collectorAsDeclared(share, declared, out);
  }

  private static String suggestedRemainder(Clause.Share share, Declared declared) {
    String collector = Allocations.collector(share, declared);
    if (!collector.isEmpty()) return collector;
    return share.lines().isEmpty() ? "PARTY" : share.lines().get(0).to().text();
  }

  private static void capOnRecipient(Clause.Share share, Set<String> recipients, Declared declared, Diagnostics out) {
    if (share.totalCap() == null || share.totalCap().party() == null) return;
    String capped = share.totalCap().party().text();
    if (declared.kindOf(capped) == null) return;
    Set<String> all = new LinkedHashSet<>(recipients);
    if (share.remainderTo() != null) all.add(share.remainderTo().text());
    if (all.contains(capped)) return;
    out.add(Code.C0306, share.totalCap().party().span(), capped, share.base().text(), Similar.list(all));
  }

  private static void collectorAsDeclared(Clause.Share share, Declared declared, Diagnostics out) {
    Declaration.Input input = declared.input(share.base().text());
    if (share.collector() == null || input == null || input.collectedBy() == null) return;
    if (share.collector().text().equals(input.collectedBy().text())) return;
    out.add(Diagnostic.of(Code.C0309, share.collector().span(), share.base().text(), input.collectedBy().text(),
            share.collector().text())
        .withLabel(input.collectedBy().span(), "the input says it is collected by `" + input.collectedBy().text() + "`"));
  }

  /** C0308: one base of one collector shared out beyond 100% by clauses in force at once. */
  private static void overlapping(List<Allocations.Claim> claims, Diagnostics out) {
    Map<String, List<Allocations.Claim>> byBase = new LinkedHashMap<>();
    for (Allocations.Claim c : claims) byBase.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    for (List<Allocations.Claim> onBase : byBase.values()) {
      if (onBase.size() < 2) continue;
      for (Allocations.Excess e : Allocations.sweep(onBase, c -> c, new Allocations.Work())) {
        Allocations.Claim c = e.claim();
        Allocations.Claim o = e.other();
        String collected = c.collector().isEmpty() ? "" : " collected by `" + c.collector() + "`";
        out.add(Diagnostic.of(Code.C0308, c.share().base().span(), c.base(), Allocations.percent(e.total()),
                Periods.label(e.month(), c.granularity()), o.article().number())
            .withLabel(o.share().base().span(),
                "article " + o.article().number() + " also shares `" + o.base() + "`" + collected + ", "
                    + Allocations.percent(o.points()) + "%"));
      }
    }
  }
}
