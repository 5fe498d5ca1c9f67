package org.concord.sim;

import java.util.stream.Collectors;
import org.concord.model.Formula;
import org.concord.model.Model;

/**
 * A formula written back as text a drafter recognises (`5% of gdp[anhui]`, `P <= 1`), for the
 * reasons flows give. Loop-bound parties are shown by the party bound when the text is made.
 */
final class FormulaText {
  private final Model model;

  FormulaText(Model model) {
    this.model = model;
  }

  String party(Formula.PartyRef ref, int[] bound) {
    return switch (ref) {
      case null -> null;
      case Formula.FixedParty f -> model.accounts().get(f.account()).id();
      case Formula.BoundParty b -> bound[b.variable()] < 0 ? "?" : model.accounts().get(bound[b.variable()]).id();
    };
  }

  String ref(String name, Formula.PartyRef party, int[] bound) {
    String p = party(party, bound);
    return p == null ? name : name + "[" + p + "]";
  }

  String text(Formula f, int[] bound) {
    return switch (f) {
      case Formula.Constant c -> c.type() == org.concord.model.ValueType.PERCENT
          ? Money.format(c.value().movePointRight(2), null) + "%"
          : Money.format(c.value(), null);
      case Formula.Truth t -> String.valueOf(t.value());
      case Formula.InputValue i -> ref(model.inputs().get(i.input()).id(), i.party(), bound);
      case Formula.DefinitionValue d -> ref(model.definitions().get(d.definition()).id(), d.party(), bound);
      case Formula.FundBalance b -> "balance(" + model.accounts().get(b.account()).id() + ")";
      case Formula.ContextValue c -> c.word() == Formula.Word.ARREARS ? "arrears" : "repeat";
      case Formula.Aggregate a -> a.fn().name().toLowerCase(java.util.Locale.ROOT) + "(" + text(a.body(), unbound(bound, a.variable())) + ")";
      case Formula.Previous p -> "previous(" + text(p.inner(), bound) + (p.fallback() == null ? "" : ", " + text(p.fallback(), bound)) + ")";
      case Formula.Cumulative c -> "cumulative(" + text(c.inner(), bound) + ")";
      case Formula.Apply a -> a.fn().name().toLowerCase(java.util.Locale.ROOT) + "("
          + a.args().stream().map(x -> text(x, bound)).collect(Collectors.joining(", ")) + ")";
      case Formula.Negate n -> "-" + wrap(n.operand(), bound);
      case Formula.Not n -> "not " + wrap(n.operand(), bound);
      case Formula.Arithmetic a -> a.op() == Formula.ArithmeticOp.MUL && a.left() instanceof Formula.Constant c
          && c.type() == org.concord.model.ValueType.PERCENT
          ? text(a.left(), bound) + " of " + wrap(a.right(), bound)
          : wrap(a.left(), bound) + " " + symbol(a.op()) + " " + wrap(a.right(), bound);
      case Formula.Comparison c -> wrap(c.left(), bound) + " " + symbol(c.op()) + " " + wrap(c.right(), bound);
      case Formula.Logic l -> wrap(l.left(), bound) + " " + l.op().name().toLowerCase(java.util.Locale.ROOT) + " " + wrap(l.right(), bound);
    };
  }

  private static int[] unbound(int[] bound, int variable) {
    int[] copy = bound.clone();
    if (variable >= 0 && variable < copy.length) copy[variable] = -1;
    return copy;
  }

  private String wrap(Formula f, int[] bound) {
    boolean compound = f instanceof Formula.Arithmetic || f instanceof Formula.Comparison || f instanceof Formula.Logic;
    return compound ? "(" + text(f, bound) + ")" : text(f, bound);
  }

  static String symbol(Formula.ArithmeticOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case DIV -> "/";
    };
  }

  static String symbol(Formula.ComparisonOp op) {
    return switch (op) {
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case EQ -> "=";
      case NE -> "!=";
    };
  }

  /** The comparison that holds when {@code op} does not: the else branch's reason. */
  static Formula.ComparisonOp negate(Formula.ComparisonOp op) {
    return switch (op) {
      case LT -> Formula.ComparisonOp.GE;
      case LE -> Formula.ComparisonOp.GT;
      case GT -> Formula.ComparisonOp.LE;
      case GE -> Formula.ComparisonOp.LT;
      case EQ -> Formula.ComparisonOp.NE;
      case NE -> Formula.ComparisonOp.EQ;
    };
  }
}
