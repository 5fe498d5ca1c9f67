package org.concord.check.rules;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Name;
import org.concord.check.AgreementRule;
import org.concord.check.CheckUnit;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;

/**
 * Arbitration (spec/diagnostics.md, C08xx): a dispute route escalates through distinct forums
 * within positive time limits and ends in a binding step, before a neutral arbiter of standing.
 */
public final class ArbitrationRules implements AgreementRule {
  static final List<String> FORUMS =
      List.of("consultation", "negotiation", "mediation", "arbitration", "adjudication", "conference");
  private static final Set<String> UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");
  private static final List<String> UNIT_WORDS = List.of("days", "weeks", "months", "years");

  /** Levels of government that outrank each other; zones and joint bodies are not ranked. */
  private static final Map<String, Integer> RANK = Map.of(
      "national", 5, "province", 4, "prefecture", 3, "city", 3, "county", 2, "district", 1);

  @Override
  public void check(CheckUnit unit, Declared declared, Diagnostics out) {
    for (Clauses.Site site : declared.sites()) {
      if (site.clause() instanceof Clause.DisputeRoute route) route(route, unit, declared, out);
    }
  }

  private static void route(Clause.DisputeRoute route, CheckUnit unit, Declared declared, Diagnostics out) {
    List<Clause.ForumStep> steps = route.steps();
    if (steps.isEmpty()) return;
    Map<String, Clause.ForumStep> seen = new HashMap<>();
    for (int i = 0; i < steps.size(); i++) {
      Clause.ForumStep step = steps.get(i);
      forumKind(step, out);
      timeLimit(step, out);
      participants(step, declared, out);
      Clause.ForumStep first = seen.putIfAbsent(identity(step), step);
      if (first != null) {
        out.add(Diagnostic.of(Code.C0802, step.span(), describe(step)).withLabel(first.span(), "first here"));
      }
      if (i < steps.size() - 1 && step.binding() == Clause.Binding.BINDING) {
        out.add(Diagnostic.of(Code.C0807, step.span(), describe(step))
            .withLabel(steps.get(i + 1).span(), "never reached"));
      }
    }
    Clause.ForumStep last = steps.get(steps.size() - 1);
    if (last.binding() != Clause.Binding.BINDING) out.add(Code.C0801, last.span(), describe(last));
    arbiters(route, unit, declared, out);
  }

  private static void forumKind(Clause.ForumStep step, Diagnostics out) {
    if (step.forum() == null) return;
    String forum = step.forum().text();
    if (FORUMS.contains(forum.toLowerCase(Locale.ROOT))) return;
    Diagnostic d = Diagnostic.of(Code.C0809, step.forum().span(), forum);
    String near = Similar.closest(forum, FORUMS);
    out.add(near == null ? d : d.withHelp("did you mean `" + near + "`?"));
  }

  private static void timeLimit(Clause.ForumStep step, Diagnostics out) {
    String forum = step.forum() == null ? "this step" : step.forum().text();
    String unit = step.unit() == null ? "" : step.unit().text();
    if (step.unit() != null && !UNITS.contains(unit.toLowerCase(Locale.ROOT))) {
      Diagnostic d = Diagnostic.of(Code.C0804, step.unit().span(), unit);
      String near = Similar.closest(unit, UNIT_WORDS);
      out.add(near == null ? d : d.withHelp("did you mean `" + near + "`?"));
    }
    if (step.limit() != null && step.limit().signum() <= 0) {
      out.add(Code.C0803, step.span(), step.limit().stripTrailingZeros().toPlainString(), unit, forum);
    }
  }

  private static void participants(Clause.ForumStep step, Declared declared, Diagnostics out) {
    for (Name n : step.parties()) {
      Declared.Kind kind = declared.kindOf(n.text());
      if (kind != null && kind != Declared.Kind.PARTY) out.add(Code.C0810, n.span(), n.text(), kind.word);
    }
    if (!step.byArbiter()) {
      Set<String> distinct = new LinkedHashSet<>();
      for (Name n : step.parties()) distinct.add(n.text());
      if (distinct.size() < 2) {
        String named = String.join(" and ", distinct);
        out.add(Code.C0808, step.span(), step.forum() == null ? "" : step.forum().text(), named);
      }
    }
  }

  /** C0805 and C0806: an arbiter is neither a disputant nor below the disputants' level. */
  private static void arbiters(Clause.DisputeRoute route, CheckUnit unit, Declared declared, Diagnostics out) {
    Set<String> disputants = disputants(route, unit, declared);
    for (Clause.ForumStep step : route.steps()) {
      if (!step.byArbiter() || step.parties().isEmpty()) continue;
      Name arbiter = step.parties().get(0);
      Declaration.Party party = declared.party(arbiter.text());
      if (party == null) continue;
      if (disputants.contains(arbiter.text())) {
        if (!route.allConsent()) {
          String neutral = neutral(disputants, declared, 0);
          Diagnostic d = Diagnostic.of(Code.C0805, arbiter.span(), arbiter.text(), neutral);
          if (neutral == null) d = d.withHelp("name a neutral arbiter that is not a disputant, or add `all parties consent`");
          out.add(d);
        }
        continue;
      }
      Integer rank = rank(party);
      if (rank == null) continue;
      Declaration.Party highest = null;
      for (String name : disputants) {
        Declaration.Party p = declared.party(name);
        Integer r = p == null ? null : rank(p);
        if (r != null && (highest == null || r > rank(highest))) highest = p;
      }
      if (highest != null && rank(highest) > rank) {
        String level = highest.level().text();
        String suggestion = neutral(disputants, declared, rank(highest));
        Diagnostic d = Diagnostic.of(Code.C0806, arbiter.span(), arbiter.text(), party.level().text(), level,
            highest.id().text(), suggestion);
        if (suggestion == null) d = d.withHelp("name an arbiter at " + level + " level or above");
        out.add(d);
      }
    }
  }

  private static Integer rank(Declaration.Party p) {
    return p.level() == null ? null : RANK.get(p.level().text().toLowerCase(Locale.ROOT));
  }

  /** The highest-ranked declared party that is not a disputant and ranks at least {@code atLeast}. */
  private static String neutral(Set<String> disputants, Declared declared, int atLeast) {
    Declaration.Party best = null;
    for (Declaration.Party p : declared.allParties()) {
      Integer r = rank(p);
      if (r == null || r < atLeast || disputants.contains(p.id().text())) continue;
      if (best == null || r > rank(best)) best = p;
    }
    return best == null ? null : best.id().text();
  }

  /**
   * The parties on either side of a dispute under the route: those named in its `between`
   * steps, and every party that pays or is paid in the articles it covers (a fund stands for
   * the party that holds it).
   */
  static Set<String> disputants(Clause.DisputeRoute route, CheckUnit unit, Declared declared) {
    Set<String> covered = new TreeSet<>();
    for (Clause.ArticleRef ref : route.articles()) covered.add(ref.number());
    Set<String> names = new LinkedHashSet<>();
    for (Clause.ForumStep step : route.steps()) {
      if (!step.byArbiter()) step.parties().forEach(n -> names.add(n.text()));
    }
    for (Clauses.Site site : declared.sites()) {
      if (!covered.isEmpty() && !covered.contains(site.article().number())) continue;
      Clause clause = site.clause();
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (clause instanceof Clause.Payment p) {
        add(names, p.payer(), p.payee());
      } else if (clause instanceof Clause.Share s) {
        add(names, s.collector(), s.remainderTo());
        if (s.collector() == null && s.base() != null) {
          Declaration.Input in = declared.input(s.base().text());
          if (in != null) add(names, in.collectedBy());
        }
        s.lines().forEach(l -> add(names, l.to()));
      } else if (clause instanceof Clause.Distribution d) {
        add(names, d.fund());
        addAll(names, d.recipients(), declared);
      } else if (clause instanceof Clause.Contribution c) {
        add(names, c.fund());
        addAll(names, c.contributors(), declared);
      } else if (clause instanceof Clause.ForEach f) {
        addAll(names, f.parties(), declared);
      } else if (clause instanceof Clause.Obligation o) {
        add(names, o.party());
        if (o.duty() instanceof Clause.PayDuty pay) add(names, pay.payee());
      } else if (clause instanceof Clause.Penalty p) {
        add(names, p.payer(), p.payee());
        if (p.interest() != null) add(names, p.interest().to());
      }
    }
    Set<String> parties = new LinkedHashSet<>();
    for (String n : names) {
      if (declared.isParty(n)) parties.add(n);
      Declaration.Fund f = declared.fund(n);
      if (f != null && f.heldBy() != null && declared.isParty(f.heldBy().text())) parties.add(f.heldBy().text());
    }
    return parties;
  }

  private static void add(Set<String> names, Name... some) {
    for (Name n : some) {
      if (n != null) names.add(n.text());
    }
  }

  private static void addAll(Set<String> names, Clause.PartySet set, Declared declared) {
    if (set == null) return;
    List<String> expanded = declared.expand(set);
    if (expanded != null) names.addAll(expanded);
  }

  /** Two steps are the same forum when kind, form and participants agree. */
  private static String identity(Clause.ForumStep step) {
    Set<String> parties = new TreeSet<>();
    step.parties().forEach(n -> parties.add(n.text()));
    String forum = step.forum() == null ? "" : step.forum().text().toLowerCase(Locale.ROOT);
    return forum + (step.byArbiter() ? " by " : " between ") + parties;
  }

  static String describe(Clause.ForumStep step) {
    String forum = step.forum() == null ? "step" : step.forum().text();
    List<String> names = step.parties().stream().map(Name::text).toList();
    if (names.isEmpty()) return forum;
    return forum + (step.byArbiter() ? " by " : " between ") + String.join(" and ", names);
  }
}
