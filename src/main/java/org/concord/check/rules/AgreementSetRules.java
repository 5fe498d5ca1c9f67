package org.concord.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.ast.Agreement;
import org.concord.ast.Declaration;
import org.concord.check.CheckUnit;
import org.concord.check.SetRule;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;

/**
 * Agreement sets (spec/diagnostics.md, C09xx): across the files of a directory, a party
 * identifier names one government, an agreement identifier one agreement, and one collector's
 * tax base is not shared out beyond 100% at the same time. Everything is indexed by key (party
 * id; agreement id; base and collector), so the cost is linear in the size of the set, plus a
 * sort of the claims on each base.
 */
public final class AgreementSetRules implements SetRule {
  private final Allocations.Work work;

  public AgreementSetRules() {
    this(null);
  }

  /**
   * With a step counter that a test reads to show the cost is linear; without one (null) each
   * check counts into its own, so the shared registry instance keeps no state between runs.
   */
  AgreementSetRules(Allocations.Work work) {
    this.work = work;
  }

  @Override
  public void check(List<CheckUnit> units, Diagnostics out) {
    Allocations.Work work = this.work != null ? this.work : new Allocations.Work();
    Map<String, Declaration.Party> parties = new HashMap<>();
    Map<String, Agreement> agreementIds = new HashMap<>();
    Map<String, List<Allocations.Claim>> claims = new LinkedHashMap<>();
    Set<String> files = new HashSet<>();
    int order = 0;
    for (CheckUnit unit : units) {
      Agreement a = unit.agreement();
      work.step();
      if (a == null || !files.add(a.file())) continue;
      agreementId(a, agreementIds, out);
      for (Declaration.Party p : a.parties()) {
        work.step();
        party(p, a.file(), parties, out);
      }
      for (Allocations.Claim c : Allocations.claims(unit, Clauses.all(a), () -> Declared.of(unit), order)) {
        work.step();
        claims.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        order++;
      }
    }
    for (List<Allocations.Claim> onBase : claims.values()) {
      if (onBase.size() < 2) continue;
      for (Allocations.Excess e : Allocations.sweep(onBase, Allocations.Claim::file, work)) {
        Allocations.Claim c = e.claim();
        Allocations.Claim o = e.other();
        String collected = c.collector().isEmpty() ? "" : " collected by `" + c.collector() + "`";
        out.add(Diagnostic.of(Code.C0902, c.share().base().span(), c.base(), Allocations.percent(e.total()),
                Periods.label(e.month(), c.granularity()), o.file(), o.article().number())
            .withLabel(o.share().base().span(), "`" + o.file() + "` article " + o.article().number() + " also shares `"
                + o.base() + "`" + collected + ", " + Allocations.percent(o.points()) + "%"));
      }
    }
  }

  private static void agreementId(Agreement a, Map<String, Agreement> seen, Diagnostics out) {
    if (a.header() == null || a.header().id() == null) return;
    Agreement first = seen.putIfAbsent(a.header().id().text(), a);
    if (first != null && first.header().id() != null) {
      out.add(Diagnostic.of(Code.C0903, a.header().id().span(), a.header().id().text(), first.file())
          .withLabel(first.header().id().span(), "first declared here"));
    }
  }

  private static void party(Declaration.Party p, String file, Map<String, Declaration.Party> seen, Diagnostics out) {
    if (p.id() == null) return;
    Declaration.Party first = seen.putIfAbsent(p.id().text(), p);
    if (first == null || first.id().span().file().equals(file) || sameGovernment(first, p)) return;
    out.add(Diagnostic.of(Code.C0901, p.id().span(), p.id().text(), describe(p), describe(first), first.id().span().file())
        .withLabel(first.id().span(), "declared as " + describe(first) + " here"));
  }

  private static boolean sameGovernment(Declaration.Party a, Declaration.Party b) {
    String la = a.level() == null ? "" : a.level().text();
    String lb = b.level() == null ? "" : b.level().text();
    if (!la.equals(lb)) return false;
    if (a.title() == null || b.title() == null || a.title().equals(b.title())) return true;
    return normal(a.title()).equals(normal(b.title()));
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static String normal(String title) {
    return SPACES.matcher(title.strip()).replaceAll(" ");
  }

  private static String describe(Declaration.Party p) {
    String level = p.level() == null ? "no level" : p.level().text();
    return p.title() == null ? "a " + level : "\"" + p.title() + "\" (" + level + ")";
  }
}
