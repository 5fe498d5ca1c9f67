package org.concord.ast;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/** An expression as written. Types and units are the checker's business, not the AST's. */
public sealed interface Expr
    permits Expr.Number, Expr.Percent, Expr.Bool, Expr.Ref, Expr.Index, Expr.Call, Expr.Unary, Expr.Binary {

  Span span();

  /** `300`, `0.5`, `1_000`: a number; in an amount it is money in the agreement's unit. */
  record Number(BigDecimal value, String text, Span span) implements Expr {}

  /** `50%`: {@code points} is 50; the value it stands for is 0.5. */
  record Percent(BigDecimal points, String text, Span span) implements Expr {
    public BigDecimal fraction() {
      return points.movePointLeft(2);
    }
  }

  record Bool(boolean value, Span span) implements Expr {}

  /** A name: an input, a definition, a loop variable, or a word the context gives (`arrears`). */
  record Ref(Name name, Span span) implements Expr {}

  /** `population[anhui]`: a per-party input or definition at one party. */
  record Index(Name name, Name index, Span span) implements Expr {}

  /** `min(a, b)`, `sum(population)`, `previous(x)`: a built-in function. */
  record Call(Name function, List<Expr> args, Span span) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

  record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

  enum UnaryOp {
    NEGATE("-"),
    NOT("not");

    public final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** Binary operators, loosest last; {@link #precedence} drives the printer's parentheses. */
  enum BinaryOp {
    MUL("*", 5),
    DIV("/", 5),
    OF("of", 5),
    ADD("+", 4),
    SUB("-", 4),
    LT("<", 3),
    LE("<=", 3),
    GT(">", 3),
    GE(">=", 3),
    EQ("=", 3),
    NE("!=", 3),
    AND("and", 1),
    OR("or", 0);

    public final String symbol;
    public final int precedence;

    BinaryOp(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    public boolean isComparison() {
      return precedence == 3;
    }
  }
}
