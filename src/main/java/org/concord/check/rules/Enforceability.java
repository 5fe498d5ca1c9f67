package org.concord.check.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * Enforceability (spec/diagnostics.md, C07xx): a duty without a consequence is a wish. Every
 * obligation is penalised, covered by a dispute route, or declared `hortatory`; penalties name
 * real obligations and say what is owed; every article that moves money has a dispute route.
 */
public final class Enforceability implements AgreementRule {
  @Override
  public void check(CheckUnit unit, Declared declared, Diagnostics out) {
    List<Clauses.Site> sites = declared.sites();
    Map<String, List<Clause.Penalty>> penalties = new LinkedHashMap<>();
    List<Clause.DisputeRoute> routes = new ArrayList<>();
    for (Clauses.Site site : sites) {
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (site.clause() instanceof Clause.Penalty p && p.obligation() != null) {
        penalties.computeIfAbsent(p.obligation().text(), k -> new ArrayList<>()).add(p);
      } else if (site.clause() instanceof Clause.DisputeRoute r) {
        routes.add(r);
      }
    }
    boolean allCovered = routes.stream().anyMatch(r -> r.articles().isEmpty());
    Set<String> covered = new HashSet<>();
    for (Clause.DisputeRoute r : routes) {
      for (Clause.ArticleRef ref : r.articles()) {
        // An article that does not exist is a name error (C0104), reported by the model builder.
        covered.add(ref.number());
      }
    }
    for (Clauses.Site site : sites) {
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (site.clause() instanceof Clause.Obligation o) {
        boolean routed = allCovered || covered.contains(site.article().number());
        obligation(o, site.article(), penalties, routed, out);
      } else if (site.clause() instanceof Clause.Penalty p) {
        penalty(p, declared, out);
      }
    }
    for (Declaration.Article article : unit.agreement().articles()) {
      if (allCovered || covered.contains(article.number())) continue;
      if (movesMoneyBetweenParties(article, declared)) {
        out.add(Code.C0704, article.span().start(), article.number());
      }
    }
  }

  private static void obligation(
      Clause.Obligation o, Declaration.Article article, Map<String, List<Clause.Penalty>> penalties, boolean covered,
      Diagnostics out) {
    if (o.id() == null) return;
    List<Clause.Penalty> onIt = penalties.getOrDefault(o.id().text(), List.of());
    if (o.hortatory()) {
      for (Clause.Penalty p : onIt) {
        out.add(Diagnostic.of(Code.C0703, p.obligation().span(), o.id().text())
            .withLabel(o.span(), "declared `hortatory` here"));
      }
    } else if (onIt.isEmpty() && !covered) {
      out.add(Code.C0701, o.id().span(), o.id().text(), article.number());
    }
  }

  private static void penalty(Clause.Penalty p, Declared declared, Diagnostics out) {
    if (p.obligation() == null) return;
    String id = p.obligation().text();
    // An obligation that does not exist is a name error (C0105), reported by the model builder.
    Declared.Located<Clause.Obligation> target = declared.obligation(id);
    if (p.amount() == null && p.interest() == null) {
      out.add(Code.C0706, p.obligation().span(), id);
    }
    if (target != null && p.interest() != null && target.clause().duty() instanceof Clause.EnsureDuty) {
      String to = p.interest().to() == null ? "PARTY" : p.interest().to().text();
      out.add(Diagnostic.of(Code.C0707, p.interest().span(), id, to)
          .withLabel(target.clause().span(), "obligation `" + id + "` is a duty to ensure, not to pay"));
    }
  }

  /** Whether any clause of the article moves money to or from a party (penalties aside). */
  static boolean movesMoneyBetweenParties(Declaration.Article article, Declared declared) {
    for (Clauses.Site site : Clauses.of(article)) {
      Clause c = site.clause();
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      boolean moves = c instanceof Clause.Payment p
          ? p.payer() != null && p.payee() != null
              && (isPartyOrLoop(p.payer().text(), declared, site) || isPartyOrLoop(p.payee().text(), declared, site))
              && (isPartyOrLoop(p.payer().text(), declared, site) || declared.isFund(p.payer().text()))
              && (isPartyOrLoop(p.payee().text(), declared, site) || declared.isFund(p.payee().text()))
          : c instanceof Clause.Share || c instanceof Clause.Distribution || c instanceof Clause.Contribution;
      if (moves) return true;
    }
    return false;
  }

  private static boolean isPartyOrLoop(String name, Declared declared, Clauses.Site site) {
    if (declared.isParty(name)) return true;
    return site.loops().stream().anyMatch(f -> f.variable() != null && f.variable().text().equals(name));
  }
}
