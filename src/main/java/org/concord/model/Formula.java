package org.concord.model;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * A checked expression with every name resolved to a slot: what the simulator evaluates. No
 * string is looked up while a period runs. Percentages are fractions (50% is 0.5).
 */
public sealed interface Formula {
  ValueType type();

  Span span();

  /** A literal number, amount or percentage, already converted to its value. */
  record Constant(BigDecimal value, ValueType type, Span span) implements Formula {}

  record Truth(boolean value, Span span) implements Formula {
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /** Which party a per-party value is read for: a fixed party, or the party bound to a loop variable. */
  sealed interface PartyRef {}

  /** A party named in the text: its account slot. */
  record FixedParty(int account) implements PartyRef {}

  /** The party bound to loop variable {@code variable} (`for each`, bases, per-party definitions, aggregates). */
  record BoundParty(int variable) implements PartyRef {}

  /** An input's value this period; {@code party} is null for inputs that are not per party. */
  record InputValue(int input, PartyRef party, ValueType type, Span span) implements Formula {}

  /** A definition's value this period; {@code party} is null for definitions that are not per party. */
  record DefinitionValue(int definition, PartyRef party, ValueType type, Span span) implements Formula {}

  /** A fund's balance at the start of this period: `balance(basin)`. */
  record FundBalance(int account, Span span) implements Formula {
    public ValueType type() {
      return ValueType.MONEY;
    }
  }

  /** Words a clause gives meaning to: `arrears` and `repeat` inside a penalty. */
  record ContextValue(Word word, ValueType type, Span span) implements Formula {}

  enum Word {
    /** The unpaid amount of the breached obligation. */
    ARREARS,
    /** How many times the obligation has been breached before, this breach excluded. */
    REPEAT
  }

  /**
   * `sum(x)`, `mean(x)`, `min(x)`, `max(x)` over parties: {@code body} is evaluated with loop
   * variable {@code variable} bound to each party of {@code parties} (account slots) in turn.
   */
  record Aggregate(Aggregation fn, int variable, List<Integer> parties, Formula body, ValueType type, Span span)
      implements Formula {
    public Aggregate {
      parties = List.copyOf(parties);
    }
  }

  enum Aggregation {
    SUM,
    MEAN,
    MIN,
    MAX
  }

  /** `previous(x[, fallback])`: x in the period before; in the first period, the fallback (zero if none). */
  record Previous(Formula inner, Formula fallback, ValueType type, Span span) implements Formula {}

  /** `cumulative(x)`: the sum of x over every period of the term up to and including this one. */
  record Cumulative(Formula inner, ValueType type, Span span) implements Formula {}

  /** `min(a, b, …)`, `max(a, b, …)`, `abs(a)`. */
  record Apply(Function fn, List<Formula> args, ValueType type, Span span) implements Formula {
    public Apply {
      args = List.copyOf(args);
    }
  }

  enum Function {
    MIN,
    MAX,
    ABS
  }

  record Negate(Formula operand, ValueType type, Span span) implements Formula {}

  record Not(Formula operand, Span span) implements Formula {
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /** `+ - * /`; `5% of x` is compiled to a multiplication. Division by zero is a C11xx diagnostic. */
  record Arithmetic(ArithmeticOp op, Formula left, Formula right, ValueType type, Span span) implements Formula {}

  enum ArithmeticOp {
    ADD,
    SUB,
    MUL,
    DIV
  }

  record Comparison(ComparisonOp op, Formula left, Formula right, Span span) implements Formula {
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  enum ComparisonOp {
    LT,
    LE,
    GT,
    GE,
    EQ,
    NE
  }

  record Logic(LogicOp op, Formula left, Formula right, Span span) implements Formula {
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  enum LogicOp {
    AND,
    OR
  }
}
