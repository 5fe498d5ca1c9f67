package org.concord.check;

import org.concord.ast.Expr.BinaryOp;
import org.concord.model.ValueType;

/**
 * The algebra of value types (spec/semantics.md, "From text to model"): money plus money is
 * money, money times a number, percent or count is money, money over money is a number, `5% of
 * x` is a percent times x. A number literal is untyped (null here) and takes the type its
 * context needs, as a Go constant does: in `P <= 1` the 1 is whatever P is.
 */
final class Units {
  private Units() {}

  /** The type of {@code l op r}; null when the combination has no meaning. */
  static ValueType result(BinaryOp op, ValueType l, ValueType r) {
    return switch (op) {
      case ADD, SUB -> {
        if (l == r) yield l;
        yield scalar(l) && scalar(r) && l != ValueType.PERCENT && r != ValueType.PERCENT ? ValueType.NUMBER : null;
      }
      case MUL, OF -> {
        if (l == ValueType.MONEY && r == ValueType.MONEY) yield null;
        if (l == ValueType.MONEY || r == ValueType.MONEY) yield ValueType.MONEY;
        if (l == r && (l == ValueType.PERCENT || l == ValueType.COUNT)) yield l;
        yield ValueType.NUMBER;
      }
      case DIV -> {
        if (r == ValueType.MONEY) yield l == ValueType.MONEY ? ValueType.NUMBER : null;
        if (l == ValueType.MONEY) yield ValueType.MONEY;
        if (l == ValueType.PERCENT && r != ValueType.PERCENT) yield ValueType.PERCENT;
        yield ValueType.NUMBER;
      }
      default -> ValueType.BOOLEAN;
    };
  }

  /** Whether values of the two types can be compared. */
  static boolean comparable(ValueType l, ValueType r) {
    return l == r || (plain(l) && plain(r));
  }

  /**
   * The type {@code l op r} has before its context is known: null when it still depends on the
   * context (an untyped literal, or a percent of one: `5% of 100` is money in `pays`).
   */
  static ValueType natural(BinaryOp op, ValueType l, ValueType r) {
    if (op.isComparison() || op == BinaryOp.AND || op == BinaryOp.OR) return ValueType.BOOLEAN;
    if (l == ValueType.BOOLEAN || r == ValueType.BOOLEAN) return ValueType.BOOLEAN;
    return switch (op) {
      case ADD, SUB -> l != null ? l : r;
      case MUL, OF -> {
        if (l == null && r == null) yield null;
        ValueType known = l != null ? l : r;
        if (l != null && r != null) yield orElse(result(op, l, r), l);
        // `0.5 * treated` is a price times a quantity in a payment: the literal takes the context.
        yield known == ValueType.MONEY ? ValueType.MONEY : null;
      }
      case DIV -> {
        if (l == null && r == null) yield null;
        if (l == null) yield r == ValueType.MONEY ? ValueType.NUMBER : null;
        if (r == null) yield l;
        yield orElse(result(op, l, r), l);
      }
      default -> null;
    };
  }

  /** The types to compile each side with, given their natural types and the context's {@code hint}. */
  static ValueType[] sideHints(BinaryOp op, ValueType l, ValueType r, ValueType hint) {
    ValueType h = scalar(hint) ? hint : ValueType.NUMBER;
    if (op.isComparison() || op == BinaryOp.ADD || op == BinaryOp.SUB) {
      if (l == null && r == null) return op.isComparison() ? pair(ValueType.NUMBER, ValueType.NUMBER) : pair(h, h);
      return pair(l != null ? l : r, r != null ? r : l);
    }
    return switch (op) {
      case MUL -> pair(
          l != null ? l : r == ValueType.MONEY ? ValueType.NUMBER : h,
          r != null ? r : l == null || l == ValueType.MONEY ? ValueType.NUMBER : h);
      case OF -> pair(l != null ? l : ValueType.NUMBER, r != null ? r : h);
      case DIV -> pair(l != null ? l : r == ValueType.MONEY ? ValueType.MONEY : h, r != null ? r : ValueType.NUMBER);
      default -> pair(l, r);
    };
  }

  /** How a type is named in messages: "money", "a percent", "true or false". */
  static String describe(ValueType t) {
    return switch (t) {
      case MONEY -> "money";
      case NUMBER -> "a number";
      case PERCENT -> "a percent";
      case COUNT -> "a count";
      case BOOLEAN -> "true or false";
    };
  }

  static boolean scalar(ValueType t) {
    return t != null && t != ValueType.BOOLEAN;
  }

  private static boolean plain(ValueType t) {
    return t == ValueType.NUMBER || t == ValueType.COUNT;
  }

  private static ValueType orElse(ValueType t, ValueType other) {
    return t != null ? t : other;
  }

  private static ValueType[] pair(ValueType a, ValueType b) {
    return new ValueType[] {a, b};
  }
}
