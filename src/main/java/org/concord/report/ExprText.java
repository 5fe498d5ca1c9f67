package org.concord.report;

import java.util.stream.Collectors;
import org.concord.ast.Expr;

/**
 * Expressions and quoted strings as canonical text: operators spaced, numbers as written,
 * percentages without a space before `%`, and only the parentheses the grammar needs.
 *
 * <p>Binding strength, loosest first: `or` 0, `and` 1, `not` 2, comparisons 3, `+ -` 4, `* / of`
 * 5, unary `-` 6, operands 7 ({@link Expr.BinaryOp#precedence} for the binary ones). Binary
 * operators are left-associative, so a right operand of equal strength is parenthesised. A
 * prefix `not` swallows every comparison and sum after it, so it is parenthesised wherever
 * something stronger than `and` surrounds it.
 */
public final class ExprText {
  private static final int NOT = 2;
  private static final int NEGATE = 6;
  private static final int OPERAND = 7;

  private ExprText() {}

  public static String of(Expr e) {
    return of(e, 0);
  }

  private static String of(Expr e, int context) {
    String text = switch (e) {
      case Expr.Number n -> n.text() == null ? n.value().toPlainString() : n.text();
      case Expr.Percent p -> percent(p);
      case Expr.Bool b -> b.value() ? "true" : "false";
      case Expr.Ref r -> r.name().text();
      case Expr.Index i -> i.name().text() + "[" + i.index().text() + "]";
      case Expr.Call c ->
          c.function().text() + c.args().stream().map(ExprText::of).collect(Collectors.joining(", ", "(", ")"));
      case Expr.Unary u when u.op() == Expr.UnaryOp.NOT -> "not " + of(u.operand(), NOT);
      // `- -x` would lex as a comment without the space; `-(-x)` says it plainly.
      case Expr.Unary u -> "-" + (u.operand() instanceof Expr.Unary inner && inner.op() == Expr.UnaryOp.NEGATE
          ? "(" + of(inner) + ")"
          : of(u.operand(), NEGATE));
      case Expr.Binary b ->
          of(b.left(), b.op().precedence) + " " + b.op().symbol + " " + of(b.right(), b.op().precedence + 1);
    };
    return strength(e) < context ? "(" + text + ")" : text;
  }

  private static int strength(Expr e) {
    return switch (e) {
      case Expr.Binary b -> b.op().precedence;
      case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT ? NOT : NEGATE;
      default -> OPERAND;
    };
  }

  /** `50 %` as `50%`; the digits stay as written. */
  private static String percent(Expr.Percent p) {
    return p.text() == null ? p.points().toPlainString() + "%" : p.text().replaceAll("\\s+", "");
  }

  /** A title or path in double quotes, with `"`, `\`, newline and tab escaped. */
  public static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
