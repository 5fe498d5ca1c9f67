package org.concord.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.concord.ast.Expr;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;
import org.concord.model.Formula;
import org.concord.model.Rounding;
import org.concord.model.ValueType;

/**
 * Turns expressions into typed {@link Formula}s with every name resolved to a slot, and reports
 * unknown names (C01xx) and values of the wrong kind (C02xx). After an error it carries on with a
 * placeholder that is never reported again, so one mistake gives one diagnostic.
 */
final class TypeChecker {
  /** What a name in a party position may be. */
  enum Need {
    PARTY("a party"),
    ACCOUNT("a party, a fund or an outside account"),
    FUND("a fund");

    final String noun;

    Need(String noun) {
      this.noun = noun;
    }
  }

  static final List<String> FUNCTIONS =
      List.of("min", "max", "abs", "sum", "mean", "previous", "cumulative", "balance");

  private final Symbols symbols;
  private final Diagnostics out;
  private final List<Integer> aggregateParties;
  private final Set<Formula> broken = Collections.newSetFromMap(new IdentityHashMap<>());
  private int variables;

  TypeChecker(Symbols symbols, List<Integer> aggregateParties, Diagnostics out) {
    this.symbols = symbols;
    this.aggregateParties = List.copyOf(aggregateParties);
    this.out = out;
  }

  int newVariable() {
    return variables++;
  }

  int variables() {
    return variables;
  }

  boolean isBroken(Formula f) {
    return broken.contains(f);
  }

  // ------------------------------------------------------------------ entry points

  /** {@code e} in a place that needs a value of type {@code want}; {@code what} names the place in C0205. */
  Formula expect(Expr e, ValueType want, String what, Scope s) {
    Formula f = compile(e, want, s);
    if (f.type() != want && !isBroken(f)) {
      out.add(Code.C0205, e.span(), what, Units.describe(want), Units.describe(f.type()));
      broken.add(f);
    }
    return f;
  }

  /** A condition: `if`, `ensure`. */
  Formula condition(Expr e, Scope s) {
    Formula f = compile(e, ValueType.BOOLEAN, s);
    if (f.type() != ValueType.BOOLEAN && !isBroken(f)) {
      out.add(Code.C0204, e.span(), Units.describe(f.type()));
      broken.add(f);
    }
    return f;
  }

  /** A weight or a measure: any value but true/false. */
  Formula measure(Expr e, String what, Scope s) {
    Formula f = compile(e, null, s);
    if (f.type() == ValueType.BOOLEAN && !isBroken(f)) {
      out.add(Code.C0205, e.span(), what, "a number, money, a percent or a count", Units.describe(f.type()));
      broken.add(f);
    }
    return f;
  }

  // ------------------------------------------------------------------ parties

  /** A party or account a clause names, which inside `for each` may be the loop's variable. */
  Formula.PartyRef partyRef(Name n, Scope s, Need need) {
    Integer v = s.variable(n.text());
    if (v != null) {
      if (need == Need.FUND) {
        out.add(Code.C0112, n.span(), n.text(), "a party variable", need.noun);
        return null;
      }
      return new Formula.BoundParty(v);
    }
    int slot = account(n, s, need);
    return slot < 0 ? null : new Formula.FixedParty(slot);
  }

  /** A named account; {@link Rounding#NO_ACCOUNT} when it is not one (reported). */
  int account(Name n, Scope s, Need need) {
    if (s.variable(n.text()) != null) {
      out.add(Code.C0112, n.span(), n.text(), "a `for each` variable", "a named " + need.noun.substring(2));
      return Rounding.NO_ACCOUNT;
    }
    Symbols.Symbol sym = symbols.get(n.text());
    if (sym == null) {
      List<String> candidates = switch (need) {
        case PARTY -> symbols.names(Symbols.Kind.PARTY);
        case ACCOUNT -> symbols.names(Symbols.Kind.PARTY, Symbols.Kind.FUND, Symbols.Kind.OUTSIDE);
        case FUND -> symbols.names(Symbols.Kind.FUND);
      };
      Diagnostic d = Diagnostic.of(need == Need.FUND ? Code.C0103 : Code.C0101, n.span(), n.text());
      out.add(Suggestions.nearest(n.text(), candidates).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
      return Rounding.NO_ACCOUNT;
    }
    boolean fits = switch (need) {
      case PARTY -> sym.kind == Symbols.Kind.PARTY;
      case ACCOUNT -> sym.kind.isAccount();
      case FUND -> sym.kind == Symbols.Kind.FUND;
    };
    sym.used = true;
    if (!fits) {
      out.add(Code.C0112, n.span(), n.text(), sym.kind.noun, need.noun);
      return Rounding.NO_ACCOUNT;
    }
    return sym.slot;
  }

  // ------------------------------------------------------------------ expressions

  Formula compile(Expr e, ValueType hint, Scope s) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Number n) {
      return new Formula.Constant(n.value(), Units.scalar(hint) ? hint : ValueType.NUMBER, n.span());
    }
    if (e instanceof Expr.Percent p) return new Formula.Constant(p.fraction(), ValueType.PERCENT, p.span());
    if (e instanceof Expr.Bool b) return new Formula.Truth(b.value(), b.span());
    if (e instanceof Expr.Ref r) return ref(r.name(), s, hint);
    if (e instanceof Expr.Index i) return index(i, s, hint);
    if (e instanceof Expr.Call c) return call(c, hint, s);
    if (e instanceof Expr.Unary u) return unary(u, hint, s);
    return binary((Expr.Binary) e, hint, s);
  }

  private Formula unary(Expr.Unary u, ValueType hint, Scope s) {
    if (u.op() == Expr.UnaryOp.NOT) {
      Formula f = compile(u.operand(), ValueType.BOOLEAN, s);
      if (f.type() != ValueType.BOOLEAN && !isBroken(f)) {
        out.add(Code.C0203, u.span(), "not", "true or false", Units.describe(f.type()),
            "compare it first, as in `not (x > 0)`");
        return mark(new Formula.Not(f, u.span()));
      }
      return keep(new Formula.Not(f, u.span()), f);
    }
    Formula f = compile(u.operand(), hint, s);
    if (f.type() == ValueType.BOOLEAN && !isBroken(f)) {
      out.add(Code.C0203, u.span(), "-", "a number or money", "true or false", "use `not` to negate a condition");
      return mark(new Formula.Negate(f, ValueType.NUMBER, u.span()));
    }
    return keep(new Formula.Negate(f, f.type(), u.span()), f);
  }

  private Formula binary(Expr.Binary b, ValueType hint, Scope s) {
    Expr.BinaryOp op = b.op();
    ValueType[] hints = Units.sideHints(op, natural(b.left(), s), natural(b.right(), s), hint);
    Formula l = compile(b.left(), hints[0], s);
    Formula r = compile(b.right(), hints[1], s);
    boolean quiet = isBroken(l) || isBroken(r);
    if (op == Expr.BinaryOp.AND || op == Expr.BinaryOp.OR) {
      Formula.LogicOp lop = op == Expr.BinaryOp.AND ? Formula.LogicOp.AND : Formula.LogicOp.OR;
      for (Formula side : List.of(l, r)) {
        if (side.type() != ValueType.BOOLEAN && !quiet) {
          out.add(Code.C0203, side.span(), op.symbol, "true or false", Units.describe(side.type()),
              "compare it first, as in `x > 0`");
          quiet = true;
          broken.add(side);
        }
      }
      return quiet ? mark(new Formula.Logic(lop, l, r, b.span())) : new Formula.Logic(lop, l, r, b.span());
    }
    if (op.isComparison()) {
      Formula.Comparison c = new Formula.Comparison(comparison(op), l, r, b.span());
      if (quiet) return mark(c);
      boolean bools = l.type() == ValueType.BOOLEAN && r.type() == ValueType.BOOLEAN;
      if (bools && op != Expr.BinaryOp.EQ && op != Expr.BinaryOp.NE) {
        out.add(Code.C0203, b.span(), op.symbol, "numbers or money", "true or false", "compare values with `=` or `!=`");
        return mark(c);
      }
      if (!bools && !Units.comparable(l.type(), r.type())) {
        out.add(Code.C0202, b.span(), Units.describe(l.type()), Units.describe(r.type()));
        return mark(c);
      }
      return c;
    }
    Formula.ArithmeticOp aop = switch (op) {
      case ADD -> Formula.ArithmeticOp.ADD;
      case SUB -> Formula.ArithmeticOp.SUB;
      case DIV -> Formula.ArithmeticOp.DIV;
      default -> Formula.ArithmeticOp.MUL;
    };
    ValueType fallback = l.type() == ValueType.BOOLEAN ? ValueType.NUMBER : l.type();
    if (quiet) return mark(new Formula.Arithmetic(aop, l, r, fallback, b.span()));
    for (Formula side : List.of(l, r)) {
      if (side.type() == ValueType.BOOLEAN) {
        out.add(Code.C0203, side.span(), op.symbol, "a number or money", "true or false",
            "use `if … then` to choose between amounts");
        return mark(new Formula.Arithmetic(aop, l, r, ValueType.NUMBER, b.span()));
      }
    }
    if (op == Expr.BinaryOp.OF && l.type() != ValueType.PERCENT) {
      out.add(Code.C0209, b.left().span(), Units.describe(l.type()));
      return mark(new Formula.Arithmetic(aop, l, r, r.type(), b.span()));
    }
    ValueType t = Units.result(op, l.type(), r.type());
    if (t == null) {
      out.add(Code.C0201, b.span(), op.symbol, Units.describe(l.type()), Units.describe(r.type()));
      return mark(new Formula.Arithmetic(aop, l, r, fallback, b.span()));
    }
    return new Formula.Arithmetic(aop, l, r, t, b.span());
  }

  private static Formula.ComparisonOp comparison(Expr.BinaryOp op) {
    return switch (op) {
      case LT -> Formula.ComparisonOp.LT;
      case LE -> Formula.ComparisonOp.LE;
      case GT -> Formula.ComparisonOp.GT;
      case GE -> Formula.ComparisonOp.GE;
      case EQ -> Formula.ComparisonOp.EQ;
      default -> Formula.ComparisonOp.NE;
    };
  }

  // ------------------------------------------------------------------ names

  private Formula ref(Name name, Scope s, ValueType hint) {
    String id = name.text();
    if (s.variable(id) != null) {
      out.add(Code.C0112, name.span(), id, "a party variable", "a value");
      return placeholder(hint, name.span());
    }
    Symbols.Symbol sym = symbols.get(id);
    if (sym == null) {
      Formula.Word word = word(id);
      if (word != null) {
        if (!s.penalty()) {
          out.add(Code.C0121, name.span(), id);
          return placeholder(hint, name.span());
        }
        return new Formula.ContextValue(word, word == Formula.Word.ARREARS ? ValueType.MONEY : ValueType.COUNT,
            name.span());
      }
      return unknownValue(name, hint);
    }
    if (!valueKind(sym, name, hint)) return placeholder(hint, name.span());
    if (!sym.byParty) return value(sym, null, name.span(), hint);
    if (s.each() != Scope.NONE) return value(sym, new Formula.BoundParty(s.each()), name.span(), hint);
    out.add(Code.C0113, name.span(), id, whose(s));
    return mark(value(sym, null, name.span(), hint));
  }

  private Formula index(Expr.Index i, Scope s, ValueType hint) {
    Name name = i.name();
    if (s.variable(name.text()) != null) {
      out.add(Code.C0112, name.span(), name.text(), "a party variable", "a value");
      return placeholder(hint, i.span());
    }
    Symbols.Symbol sym = symbols.get(name.text());
    if (sym == null) return unknownValue(name, hint);
    if (!valueKind(sym, name, hint)) return placeholder(hint, i.span());
    if (!sym.byParty) {
      out.add(Code.C0114, i.span(), name.text(), i.index().text());
      return mark(value(sym, null, i.span(), hint));
    }
    Formula.PartyRef party = partyRef(i.index(), s, Need.PARTY);
    Formula f = value(sym, party, i.span(), hint);
    return party == null ? mark(f) : f;
  }

  /** Marks the symbol used; false (reported) when it is not an input or a definition. */
  private boolean valueKind(Symbols.Symbol sym, Name name, ValueType hint) {
    if (sym.kind == Symbols.Kind.INPUT || sym.kind == Symbols.Kind.DEFINITION) {
      sym.used = true;
      return true;
    }
    sym.used = true;
    Diagnostic d = Diagnostic.of(Code.C0112, name.span(), name.text(), sym.kind.noun, "a value");
    if (sym.kind == Symbols.Kind.FUND) d = d.withHelp("write `balance(" + name.text() + ")` for what the fund holds");
    out.add(d);
    return false;
  }

  private Formula value(Symbols.Symbol sym, Formula.PartyRef party, Span span, ValueType hint) {
    if (sym.untyped && Units.scalar(hint)) sym.wanted.add(hint);
    if (sym.untyped && sym.type == null) sym.type = Units.scalar(hint) ? hint : ValueType.NUMBER;
    boolean unknownType = sym.type == null;
    ValueType type = unknownType ? ValueType.NUMBER : sym.type;
    Formula f = sym.kind == Symbols.Kind.INPUT
        ? new Formula.InputValue(sym.slot, party, type, span)
        : new Formula.DefinitionValue(sym.slot, party, type, span);
    return unknownType ? mark(f) : f;
  }

  private Formula unknownValue(Name name, ValueType hint) {
    Diagnostic d = Diagnostic.of(Code.C0102, name.span(), name.text());
    List<String> candidates = symbols.names(Symbols.Kind.INPUT, Symbols.Kind.DEFINITION);
    out.add(Suggestions.nearest(name.text(), candidates).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
    return placeholder(hint, name.span());
  }

  /** The index to suggest for an unindexed per-party name: the innermost variable, else a party. */
  private String whose(Scope s) {
    List<String> vars = new ArrayList<>(s.variables().keySet());
    if (!vars.isEmpty()) return vars.getLast();
    List<String> parties = symbols.names(Symbols.Kind.PARTY);
    return parties.isEmpty() ? "party" : parties.getFirst();
  }

  private static Formula.Word word(String id) {
    return switch (id) {
      case "arrears" -> Formula.Word.ARREARS;
      case "repeat" -> Formula.Word.REPEAT;
      default -> null;
    };
  }

  // ------------------------------------------------------------------ built-in functions

  private Formula call(Expr.Call c, ValueType hint, Scope s) {
    String fn = c.function().text();
    List<Expr> args = c.args();
    return switch (fn) {
      case "min", "max" -> {
        Formula.Aggregation agg = fn.equals("min") ? Formula.Aggregation.MIN : Formula.Aggregation.MAX;
        if (args.size() == 1) yield aggregate(agg, fn, args.getFirst(), hint, c.span(), s);
        if (args.isEmpty()) yield arity(c, hint, "at least one argument", "a, b");
        yield apply(fn.equals("min") ? Formula.Function.MIN : Formula.Function.MAX, fn, args, hint, c.span(), s);
      }
      case "abs" -> args.size() != 1 ? arity(c, hint, "one argument", "x")
          : apply(Formula.Function.ABS, fn, args, hint, c.span(), s);
      case "sum", "mean" -> args.size() != 1 ? arity(c, hint, "one argument", "population")
          : aggregate(fn.equals("sum") ? Formula.Aggregation.SUM : Formula.Aggregation.MEAN, fn, args.getFirst(), hint,
              c.span(), s);
      case "previous" -> {
        if (args.isEmpty() || args.size() > 2) yield arity(c, hint, "one or two arguments", "x, 0");
        Formula inner = compile(args.getFirst(), hint, s);
        Formula fallback = args.size() == 2
            ? expect(args.get(1), inner.type(), "the fallback of `previous`", s)
            : null;
        Formula f = new Formula.Previous(inner, fallback, inner.type(), c.span());
        yield keep(f, inner);
      }
      case "cumulative" -> {
        if (args.size() != 1) yield arity(c, hint, "one argument", "x");
        Formula inner = compile(args.getFirst(), hint, s);
        if (inner.type() == ValueType.BOOLEAN && !isBroken(inner)) {
          out.add(Code.C0203, c.span(), "cumulative", "a number or money", "true or false",
              "sum an amount, not a condition");
          yield mark(new Formula.Cumulative(inner, ValueType.NUMBER, c.span()));
        }
        yield keep(new Formula.Cumulative(inner, inner.type(), c.span()), inner);
      }
      case "balance" -> balance(c, hint, s);
      default -> {
        Diagnostic d = Diagnostic.of(Code.C0106, c.function().span(), fn);
        out.add(Suggestions.nearest(fn, FUNCTIONS).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
        for (Expr a : args) compile(a, null, s);
        yield placeholder(hint, c.span());
      }
    };
  }

  private Formula arity(Expr.Call c, ValueType hint, String takes, String example) {
    // The arguments are not checked, but what they name is used: no "unused" warning on top.
    for (Expr a : c.args()) {
      for (String name : Definitions.uses(a)) {
        Symbols.Symbol sym = symbols.get(name);
        if (sym != null) sym.used = true;
      }
    }
    out.add(Code.C0212, c.span(), c.function().text(), takes, c.args().size() + " argument"
        + (c.args().size() == 1 ? "" : "s"), example);
    return placeholder(hint, c.span());
  }

  private Formula apply(Formula.Function fn, String name, List<Expr> args, ValueType hint, Span span, Scope s) {
    ValueType common = hint;
    for (Expr a : args) {
      ValueType n = natural(a, s);
      if (n != null) {
        common = n;
        break;
      }
    }
    List<Formula> fs = new ArrayList<>();
    boolean bad = false;
    for (Expr a : args) {
      Formula f = compile(a, common, s);
      bad |= isBroken(f);
      fs.add(f);
    }
    ValueType type = fs.getFirst().type();
    if (!bad) {
      for (Formula f : fs) {
        if (f.type() == ValueType.BOOLEAN) {
          out.add(Code.C0203, f.span(), name, "a number or money", "true or false", "give it amounts, not conditions");
          bad = true;
          break;
        }
        if (!Units.comparable(type, f.type())) {
          out.add(Code.C0201, f.span(), name, Units.describe(type), Units.describe(f.type()));
          bad = true;
          break;
        }
      }
    }
    Formula result = new Formula.Apply(fn, fs, type == ValueType.BOOLEAN ? ValueType.NUMBER : type, span);
    return bad ? mark(result) : result;
  }

  /** `sum(x)`: x evaluated for each party that is not a joint body, unindexed per-party names reading that party. */
  private Formula aggregate(Formula.Aggregation fn, String name, Expr arg, ValueType hint, Span span, Scope s) {
    if (!perParty(arg, s)) {
      Formula inner = compile(arg, hint, s);
      if (!isBroken(inner)) out.add(Code.C0216, arg.span(), name, text(arg));
      return mark(new Formula.Apply(Formula.Function.MAX, List.of(inner), inner.type(), span));
    }
    int v = newVariable();
    Formula body = compile(arg, hint, s.withEach(v));
    if (body.type() == ValueType.BOOLEAN && !isBroken(body)) {
      out.add(Code.C0203, arg.span(), name, "a number or money", "true or false", "aggregate amounts, not conditions");
      return mark(new Formula.Aggregate(fn, v, aggregateParties, body, ValueType.NUMBER, span));
    }
    return keep(new Formula.Aggregate(fn, v, aggregateParties, body, body.type(), span), body);
  }

  private Formula balance(Expr.Call c, ValueType hint, Scope s) {
    if (c.args().size() != 1 || !(c.args().getFirst() instanceof Expr.Ref r)) {
      out.add(Code.C0212, c.span(), "balance", "the name of a fund",
          c.args().size() == 1 ? "an expression" : c.args().size() + " arguments", "basin");
      return placeholder(ValueType.MONEY, c.span());
    }
    int slot = account(r.name(), s, Need.FUND);
    if (slot < 0) return placeholder(ValueType.MONEY, c.span());
    return new Formula.FundBalance(slot, c.span());
  }

  /** Whether {@code e} names a per-party value without saying whose: the argument of an aggregate. */
  boolean perParty(Expr e, Scope s) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Ref r) {
      Symbols.Symbol sym = s.variable(r.name().text()) != null ? null : symbols.get(r.name().text());
      return sym != null && sym.byParty && (sym.kind == Symbols.Kind.INPUT || sym.kind == Symbols.Kind.DEFINITION);
    }
    if (e instanceof Expr.Call c) return c.args().stream().anyMatch(a -> perParty(a, s));
    if (e instanceof Expr.Unary u) return perParty(u.operand(), s);
    if (e instanceof Expr.Binary b) return perParty(b.left(), s) || perParty(b.right(), s);
    return false;
  }

  // ------------------------------------------------------------------ natural types

  /** The type {@code e} has on its own, or null when it takes its type from the context. */
  ValueType natural(Expr e, Scope s) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Number) return null;
    if (e instanceof Expr.Percent) return ValueType.PERCENT;
    if (e instanceof Expr.Bool) return ValueType.BOOLEAN;
    if (e instanceof Expr.Ref r) return nameType(r.name().text(), s);
    if (e instanceof Expr.Index i) return nameType(i.name().text(), s);
    if (e instanceof Expr.Call c) {
      return switch (c.function().text()) {
        case "balance" -> ValueType.MONEY;
        case "previous", "cumulative" -> c.args().isEmpty() ? null : natural(c.args().getFirst(), s);
        case "min", "max", "abs", "sum", "mean" -> {
          for (Expr a : c.args()) {
            ValueType t = natural(a, s);
            if (t != null) yield t;
          }
          yield null;
        }
        default -> null;
      };
    }
    if (e instanceof Expr.Unary u) return u.op() == Expr.UnaryOp.NOT ? ValueType.BOOLEAN : natural(u.operand(), s);
    Expr.Binary b = (Expr.Binary) e;
    return Units.natural(b.op(), natural(b.left(), s), natural(b.right(), s));
  }

  private ValueType nameType(String id, Scope s) {
    if (s.variable(id) != null) return null;
    Symbols.Symbol sym = symbols.get(id);
    if (sym == null) {
      Formula.Word w = word(id);
      return w == null ? null : w == Formula.Word.ARREARS ? ValueType.MONEY : ValueType.COUNT;
    }
    return sym.kind == Symbols.Kind.INPUT || sym.kind == Symbols.Kind.DEFINITION ? sym.type : null;
  }

  // ------------------------------------------------------------------ helpers

  /** A literal value a range end stands for: a number, a percent, or either negated; null otherwise. */
  static BigDecimal constant(Formula f) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (f instanceof Formula.Constant c) return c.value();
    if (f instanceof Formula.Negate n) {
      BigDecimal v = constant(n.operand());
      return v == null ? null : v.negate();
    }
    return null;
  }

  static String text(Expr e) {
    return switch (e) {
      case Expr.Number n -> n.text();
      case Expr.Percent p -> p.text();
      case Expr.Bool b -> String.valueOf(b.value());
      case Expr.Ref r -> r.name().text();
      case Expr.Index i -> i.name().text() + "[" + i.index().text() + "]";
      case Expr.Call c -> c.function().text() + "(" + String.join(", ", c.args().stream().map(TypeChecker::text).toList()) + ")";
      case Expr.Unary u -> u.op() == Expr.UnaryOp.NOT ? "not " + text(u.operand()) : "-" + text(u.operand());
      case Expr.Binary b -> text(b.left()) + " " + b.op().symbol + " " + text(b.right());
    };
  }

  private Formula placeholder(ValueType hint, Span span) {
    return mark(new Formula.Constant(BigDecimal.ZERO, Units.scalar(hint) ? hint : ValueType.NUMBER, span));
  }

  private Formula mark(Formula f) {
    broken.add(f);
    return f;
  }

  /** {@code f}, broken when the part it was built from is. */
  private Formula keep(Formula f, Formula from) {
    return isBroken(from) ? mark(f) : f;
  }
}
