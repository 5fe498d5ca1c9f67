package org.concord.ast;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/** What an article says: a payment, a share, a fund rule, a condition, an obligation, a remedy. */
public sealed interface Clause
    permits Clause.Payment,
        Clause.Share,
        Clause.Distribution,
        Clause.Contribution,
        Clause.Conditional,
        Clause.ForEach,
        Clause.Obligation,
        Clause.Penalty,
        Clause.DisputeRoute {

  Span span();

  /** `central pays 300 to basin [timing]`. */
  record Payment(Name payer, Expr amount, Name payee, Timing timing, Span span) implements Clause {}

  /**
   * `share relocated_tax collected by hebei 50% to beijing 50% to hebei [remainder to X] [until X
   * has received E] [at most E per period] [timing]`.
   */
  record Share(
      Name base,
      Name collector,
      List<ShareLine> lines,
      Name remainderTo,
      TotalCap totalCap,
      Expr periodCap,
      Timing timing,
      Span span)
      implements Clause {
    public Share {
      lines = List.copyOf(lines);
    }
  }

  /** `50% to beijing`; {@code points} is 50. */
  record ShareLine(BigDecimal points, Name to, Span span) {}

  /** `until beijing has received pre_relocation_tax`. */
  record TotalCap(Name party, Expr amount, Span span) {}

  /** `basin distributes E to a, b [equally | in proportion to E | equalising E] [timing]`. */
  record Distribution(Name fund, Expr amount, PartySet recipients, Basis basis, Timing timing, Span span)
      implements Clause {}

  /** `a, b contribute E to basin [equally | in proportion to E] [timing]`. */
  record Contribution(PartySet contributors, Expr amount, Name fund, Basis basis, Timing timing, Span span)
      implements Clause {}

  /** `if C then … else if C then … else … end`; {@code otherwise} is null when there is no `else`. */
  record Conditional(List<Branch> branches, List<Clause> otherwise, Span span) implements Clause {
    public Conditional {
      branches = List.copyOf(branches);
      otherwise = otherwise == null ? null : List.copyOf(otherwise);
    }
  }

  record Branch(Expr condition, List<Clause> clauses, Span span) {
    public Branch {
      clauses = List.copyOf(clauses);
    }
  }

  /** `for each p in members of conference do … end`. */
  record ForEach(Name variable, PartySet parties, List<Clause> body, Span span) implements Clause {
    public ForEach {
      body = List.copyOf(body);
    }
  }

  /**
   * `obligation contribution "Title" anhui must pay 100 to basin by 2013 [hortatory]`; a null
   * deadline means the duty holds every period.
   */
  record Obligation(Name id, String title, Name party, Duty duty, PeriodLit deadline, boolean hortatory, Span span)
      implements Clause {}

  sealed interface Duty permits PayDuty, EnsureDuty {
    Span span();
  }

  /** `must pay 100 to basin`. */
  record PayDuty(Expr amount, Name payee, Span span) implements Duty {}

  /** `must ensure P <= 1`. */
  record EnsureDuty(Expr condition, Span span) implements Duty {}

  /**
   * `penalty on breach of X: [payer] pays E to Y [interest 1% per period on arrears to Z]
   * [escalating 50% per repeat]`. Payer null means the obligated party pays; amount null means
   * the penalty is interest only.
   */
  record Penalty(
      Name obligation, Name payer, Expr amount, Name payee, Interest interest, Escalation escalation, Span span)
      implements Clause {}

  record Interest(BigDecimal points, Name to, Span span) {}

  record Escalation(BigDecimal points, Span span) {}

  /**
   * `disputes [under article 2, 3] go to STEP then STEP … [contested payments held in escrow]
   * [costs borne by loser|each side|X] [costs of E] [all parties consent]`. An empty article list
   * means the route covers the whole agreement.
   */
  record DisputeRoute(
      List<ArticleRef> articles,
      List<ForumStep> steps,
      boolean escrow,
      Costs costs,
      Expr costAmount,
      boolean allConsent,
      Span span)
      implements Clause {
    public DisputeRoute {
      articles = List.copyOf(articles);
      steps = List.copyOf(steps);
    }
  }

  record ArticleRef(String number, Span span) {}

  /**
   * `consultation between a and b within 2 months` or `arbitration by central within 6 months,
   * binding`. {@code byArbiter} tells the two forms apart.
   */
  record ForumStep(
      Name forum, List<Name> parties, boolean byArbiter, BigDecimal limit, Name unit, Binding binding, Span span) {
    public ForumStep {
      parties = List.copyOf(parties);
    }
  }

  enum Binding {
    BINDING,
    NON_BINDING,
    UNSTATED
  }

  /** Who bears arbitration costs: the losing side, each side its own, or a named party. */
  record Costs(CostBearer bearer, Name party, Span span) {}

  enum CostBearer {
    LOSER,
    EACH_SIDE,
    PARTY
  }

  /** Which parties a clause ranges over. */
  sealed interface PartySet permits AllParties, MembersOf, PartyList {
    Span span();
  }

  record AllParties(Span span) implements PartySet {}

  record MembersOf(Name body, Span span) implements PartySet {}

  record PartyList(List<Name> parties, Span span) implements PartySet {
    public PartyList {
      parties = List.copyOf(parties);
    }
  }

  /** How a fund's payout or a contribution is divided among parties; null when not written. */
  sealed interface Basis permits Equally, Proportional, Equalising {
    Span span();
  }

  record Equally(Span span) implements Basis {}

  record Proportional(Expr weight, Span span) implements Basis {}

  record Equalising(Expr measure, Span span) implements Basis {}

  /**
   * When a clause applies: `each year`, `in 2013`, `from 2013`, `through 2014`, `for 3 years`.
   * Every part is null when not written; an empty timing means every period of the term.
   */
  record Timing(Name each, PeriodLit in, PeriodLit from, PeriodLit through, BigDecimal forCount, Name forUnit, Span span) {
    public static Timing always(Span at) {
      return new Timing(null, null, null, null, null, null, at);
    }

    public boolean isAlways() {
      return each == null && in == null && from == null && through == null && forCount == null;
    }
  }
}
