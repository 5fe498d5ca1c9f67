package org.concord.ast;

import java.util.List;
import org.concord.diagnostic.Span;

/** A top-level part of an agreement, after the header and imports, in source order. */
public sealed interface Declaration
    permits Declaration.Parties,
        Declaration.Outside,
        Declaration.Inputs,
        Declaration.Definition,
        Declaration.Fund,
        Declaration.Article,
        TestCase {

  Span span();

  /** A `parties` section. */
  record Parties(List<Party> parties, Span span) implements Declaration {
    public Parties {
      parties = List.copyOf(parties);
    }
  }

  /**
   * `anhui "Anhui Province" level province [parent central] [members a, b]`. Joint bodies are
   * parties of level `body` with members.
   */
  record Party(Name id, String title, Name level, Name parent, List<Name> members, Span span) {
    public Party {
      members = List.copyOf(members);
    }
  }

  /** `outside taxpayers "Enterprises"`: an account outside the agreement that money may come from. */
  record Outside(Name id, String title, Span span) implements Declaration {}

  /** An `inputs` section. */
  record Inputs(List<Input> inputs, Span span) implements Declaration {
    public Inputs {
      inputs = List.copyOf(inputs);
    }
  }

  /** Whether a scenario gives one value for the whole term or one for each period. */
  enum Variation {
    PER_PERIOD,
    CONSTANT
  }

  /**
   * `P "Water quality index" : number in [0, 5] [by party] [constant | per period] [collected by
   * X] [default E]`: a data series a scenario supplies. {@code kind} is money, number, percent,
   * count or boolean as written; the checker validates it.
   */
  record Input(
      Name id,
      String title,
      Name kind,
      Name currency,
      Range range,
      boolean byParty,
      Variation variation,
      Name collectedBy,
      Expr defaultValue,
      Span span) {}

  /** `in [low, high]`: the declared range of an input's values, both ends included. */
  record Range(Expr low, Expr high, Span span) {}

  /** `define name[p] "Title" = expr`: a named expression, optionally one per party. */
  record Definition(Name id, Name parameter, String title, Expr body, Span span)
      implements Declaration {}

  /** What a fund does when its payouts exceed its balance. */
  enum Shortfall {
    PRO_RATA,
    ARREARS
  }

  /**
   * `fund basin "Title" held by anhui [initial balance E] [on shortfall pro-rata|arrears] [carry
   * over | lapse to X]`.
   */
  record Fund(
      Name id,
      String title,
      Name heldBy,
      Expr initialBalance,
      Shortfall shortfall,
      boolean carryOver,
      Name lapseTo,
      Span span)
      implements Declaration {}

  /** `article 2 "Title"` and its clauses. The number is kept as written ("2", "3.1"). */
  record Article(String number, String title, List<Clause> clauses, Span span)
      implements Declaration {
    public Article {
      clauses = List.copyOf(clauses);
    }
  }
}
