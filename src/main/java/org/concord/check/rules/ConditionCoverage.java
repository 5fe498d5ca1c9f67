package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.check.AgreementRule;
import org.concord.check.CheckUnit;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;

/**
 * Coverage and overlap of conditions (spec/diagnostics.md, C05xx), by exact interval analysis
 * of conditions that compare one scalar input (or definition) with literals, joined by `and`,
 * `or` and `not`. What it cannot analyse it leaves alone: a warning here is always a proof.
 */
public final class ConditionCoverage implements AgreementRule {

  /** A condition as the set of values of one variable it allows. */
  record Condition(String variable, IntervalSet set) {}

  /**
   * The values a variable may take: its declared range, whether only whole numbers, how a
   * message says it ("in [0, 5]"), and how its values are written (`0.1`, or `10%` for a percent).
   */
  record Domain(IntervalSet set, boolean integers, String text, Function<BigDecimal, String> number) {
    static final String UNBOUNDED = "whatever its value";
    static final Domain ANY = new Domain(IntervalSet.ALL, false, UNBOUNDED, Interval::plain);

    Domain(IntervalSet set, boolean integers, String text) {
      this(set, integers, text, Interval::plain);
    }
  }

  @Override
  public void check(CheckUnit unit, Declared declared, Diagnostics out) {
    for (Declaration.Article article : unit.agreement().articles()) {
      clauses(article.clauses(), declared, out);
    }
  }

  private void clauses(List<Clause> list, Declared declared, Diagnostics out) {
    Map<String, List<Clause.Conditional>> groups = new LinkedHashMap<>();
    for (Clause clause : list) {
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (clause instanceof Clause.Conditional c) {
        String variable = chain(c, declared, out);
        if (variable != null && c.otherwise() == null) groups.computeIfAbsent(variable, k -> new ArrayList<>()).add(c);
        for (Clause.Branch b : c.branches()) clauses(b.clauses(), declared, out);
        if (c.otherwise() != null) clauses(c.otherwise(), declared, out);
      } else if (clause instanceof Clause.ForEach f) {
        clauses(f.body(), declared, out);
      } else if (clause instanceof Clause.Obligation o && o.duty() instanceof Clause.EnsureDuty e) {
        Condition cond = analyse(e.condition(), declared);
        if (cond != null) constant(cond, e.condition().span(), domain(cond.variable(), declared), out);
      }
    }
    for (Map.Entry<String, List<Clause.Conditional>> group : groups.entrySet()) {
      String variable = group.getKey();
      Domain domain = domain(variable, declared);
      gaps(variable, group.getValue(), domain, declared, out);
      overlaps(variable, group.getValue(), domain, declared, out);
    }
  }

  /**
   * C0503–C0506 within one `if … else if … else … end`. Returns the variable every branch
   * tests, or null when the branches are not all analysable conditions on one variable.
   */
  private String chain(Clause.Conditional c, Declared declared, Diagnostics out) {
    List<Condition> conditions = new ArrayList<>();
    boolean alwaysTrue = false;
    for (Clause.Branch b : c.branches()) {
      Condition cond = analyse(b.condition(), declared);
      conditions.add(cond);
      if (cond != null) alwaysTrue |= constant(cond, b.condition().span(), domain(cond.variable(), declared), out);
    }
    String variable = conditions.isEmpty() || conditions.get(0) == null ? null : conditions.get(0).variable();
    for (Condition cond : conditions) {
      if (cond == null || !cond.variable().equals(variable)) return null;
    }
    if (variable == null) return null;
    Domain domain = domain(variable, declared);
    IntervalSet covered = IntervalSet.EMPTY;
    for (int i = 0; i < conditions.size(); i++) {
      IntervalSet here = conditions.get(i).set().intersect(domain.set());
      if (i > 0 && !here.isEmpty(domain.integers()) && here.minus(covered).isEmpty(domain.integers())) {
        Clause.Branch earlier = c.branches().get(0);
        for (int j = 0; j < i; j++) {
          if (!conditions.get(j).set().intersect(here).isEmpty(domain.integers())) {
            earlier = c.branches().get(j);
            break;
          }
        }
        out.add(Diagnostic.of(Code.C0503, c.branches().get(i).condition().span(), variable)
            .withLabel(earlier.condition().span(), "already covered here"));
      }
      covered = covered.union(here);
    }
    if (c.otherwise() != null && !alwaysTrue && domain.set().minus(covered).isEmpty(domain.integers())) {
      Span at = c.otherwise().isEmpty() ? c.span().start() : c.otherwise().get(0).span();
      out.add(Code.C0506, at, variable, domain.text());
    }
    return variable;
  }

  /** C0504 and C0505: a condition that the declared range decides. Returns true if always true. */
  private static boolean constant(Condition cond, Span at, Domain domain, Diagnostics out) {
    IntervalSet possible = cond.set().intersect(domain.set());
    if (possible.isEmpty(domain.integers())) {
      out.add(Code.C0505, at, cond.variable(), domain.text());
      return false;
    }
    if (domain.set().minus(cond.set()).isEmpty(domain.integers())) {
      out.add(Code.C0504, at, cond.variable(), domain.text());
      return true;
    }
    return false;
  }

  /**
   * C0501: else-less conditions on one variable in one list of clauses, with two branches or
   * more, that leave a value between two covered values uncovered, or miss the end of the
   * declared range by one value. Values beyond every branch may be meant to pay nothing; a hole
   * between two branches rarely is.
   */
  private void gaps(String variable, List<Clause.Conditional> group, Domain domain, Declared declared, Diagnostics out) {
    IntervalSet covered = IntervalSet.EMPTY;
    int branches = 0;
    for (Clause.Conditional c : group) {
      for (Clause.Branch b : c.branches()) {
        covered = covered.union(analyse(b.condition(), declared).set());
        branches++;
      }
    }
    if (branches < 2) return;
    covered = covered.intersect(domain.set());
    List<String> holes = new ArrayList<>();
    for (Interval hole : domain.set().minus(covered).parts()) {
      if (domain.integers() && !hole.containsInteger()) continue;
      if (interior(hole, covered)) holes.add("`" + hole.describe(variable, domain.number()) + "`");
    }
    if (holes.isEmpty()) return;
    String list = String.join(" and ", holes);
    Diagnostic d = Diagnostic.of(Code.C0501, group.get(0).span().start(), variable, list);
    for (int i = 1; i < group.size(); i++) d = d.withLabel(group.get(i).span().start(), "also tests `" + variable + "`");
    out.add(d);
  }

  /**
   * Whether a hole looks unintended: covered values lie on both sides of it, or it is a single
   * value at the end of the declared range that a condition stops just short of (`P < 5` in
   * `[0, 5]`).
   */
  private static boolean interior(Interval hole, IntervalSet covered) {
    if (hole.low() == null || hole.high() == null) return false;
    if (hole.isPoint()) {
      for (Interval p : covered.parts()) {
        if (p.high() != null && p.high().compareTo(hole.low()) == 0) return true;
        if (p.low() != null && p.low().compareTo(hole.high()) == 0) return true;
      }
    }
    boolean below = false;
    boolean above = false;
    for (Interval p : covered.parts()) {
      if (p.high() != null && p.high().compareTo(hole.low()) <= 0) below = true;
      if (p.low() != null && p.low().compareTo(hole.high()) >= 0) above = true;
    }
    return below && above;
  }

  /**
   * C0502: separate conditions that can hold at once and make the same payer pay the same payee
   * twice. Branches of one `if … else if` exclude each other, so only separate `if`s count.
   */
  private void overlaps(String variable, List<Clause.Conditional> group, Domain domain, Declared declared, Diagnostics out) {
    if (group.size() < 2) return;
    List<List<IntervalSet>> effective = new ArrayList<>();
    for (Clause.Conditional c : group) {
      List<IntervalSet> sets = new ArrayList<>();
      IntervalSet before = IntervalSet.EMPTY;
      for (Clause.Branch b : c.branches()) {
        IntervalSet cond = analyse(b.condition(), declared).set().intersect(domain.set());
        sets.add(cond.minus(before));
        before = before.union(cond);
      }
      effective.add(sets);
    }
    for (int j = 1; j < group.size(); j++) {
      for (int bj = 0; bj < group.get(j).branches().size(); bj++) {
        for (Clause.Payment pay : payments(group.get(j).branches().get(bj))) {
          reportTwice(variable, group, effective, j, bj, pay, domain, out);
        }
      }
    }
  }

  private static void reportTwice(
      String variable, List<Clause.Conditional> group, List<List<IntervalSet>> effective, int j, int bj,
      Clause.Payment pay, Domain domain, Diagnostics out) {
    for (int i = 0; i < j; i++) {
      for (int bi = 0; bi < group.get(i).branches().size(); bi++) {
        IntervalSet both = effective.get(i).get(bi).intersect(effective.get(j).get(bj));
        if (both.isEmpty(domain.integers())) continue;
        for (Clause.Payment earlier : payments(group.get(i).branches().get(bi))) {
          if (same(earlier, pay)) {
            out.add(Diagnostic.of(Code.C0502, pay.span(), pay.payer().text(), pay.payee().text(),
                    "`" + both.describe(variable, domain.number()) + "`")
                .withLabel(earlier.span(), "also paid here"));
            return;
          }
        }
      }
    }
  }

  private static boolean same(Clause.Payment a, Clause.Payment b) {
    return a.payer() != null && b.payer() != null && a.payee() != null && b.payee() != null
        && a.payer().text().equals(b.payer().text()) && a.payee().text().equals(b.payee().text());
  }

  private static List<Clause.Payment> payments(Clause.Branch b) {
    List<Clause.Payment> list = new ArrayList<>();
    for (Clause c : b.clauses()) if (c instanceof Clause.Payment p) list.add(p);
    return list;
  }

  // ------------------------------------------------------------------ analysis

  /** The condition as a set of values of one variable, or null when it is not that simple. */
  static Condition analyse(Expr e, Declared declared) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
      Condition inner = analyse(u.operand(), declared);
      return inner == null ? null : new Condition(inner.variable(), inner.set().complement());
    }
    if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR)) {
      Condition l = analyse(b.left(), declared);
      Condition r = analyse(b.right(), declared);
      if (l == null || r == null || !l.variable().equals(r.variable())) return null;
      IntervalSet set = b.op() == Expr.BinaryOp.AND ? l.set().intersect(r.set()) : l.set().union(r.set());
      return new Condition(l.variable(), set);
    }
    if (e instanceof Expr.Binary b && b.op().isComparison()) {
      String variable = variable(b.left(), declared);
      BigDecimal value = constant(b.right());
      Expr.BinaryOp op = b.op();
      if (variable == null || value == null) {
        variable = variable(b.right(), declared);
        value = constant(b.left());
        op = flip(op);
      }
      if (variable == null || value == null) return null;
      return new Condition(variable, compare(op, value));
    }
    return null;
  }

  private static IntervalSet compare(Expr.BinaryOp op, BigDecimal v) {
    return switch (op) {
      case LT -> IntervalSet.of(Interval.of(null, false, v, false));
      case LE -> IntervalSet.of(Interval.of(null, false, v, true));
      case GT -> IntervalSet.of(Interval.of(v, false, null, false));
      case GE -> IntervalSet.of(Interval.of(v, true, null, false));
      case EQ -> IntervalSet.of(Interval.point(v));
      case NE -> IntervalSet.of(Interval.point(v)).complement();
      default -> throw new IllegalArgumentException("not a comparison: " + op);
    };
  }

  /** `1 < P` is `P > 1`. */
  private static Expr.BinaryOp flip(Expr.BinaryOp op) {
    return switch (op) {
      case LT -> Expr.BinaryOp.GT;
      case LE -> Expr.BinaryOp.GE;
      case GT -> Expr.BinaryOp.LT;
      case GE -> Expr.BinaryOp.LE;
      default -> op;
    };
  }

  /** A scalar input or definition, `P`, or one party's value of a per-party input, `gdp[anhui]`. */
  private static String variable(Expr e, Declared declared) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Ref r) {
      String n = r.name().text();
      Declaration.Input input = declared.input(n);
      if (input != null) return input.byParty() ? null : n;
      return declared.definition(n) != null && declared.definition(n).parameter() == null ? n : null;
    }
    if (e instanceof Expr.Index i) {
      Declaration.Input input = declared.input(i.name().text());
      return input != null && input.byParty() && i.index() != null ? i.name().text() + "[" + i.index().text() + "]" : null;
    }
    return null;
  }

  /** A literal: `1.2`, `-3`, `50%` (as 0.5). */
  static BigDecimal constant(Expr e) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Number n) return n.value();
    if (e instanceof Expr.Percent p) return p.fraction();
    if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NEGATE) {
      BigDecimal inner = constant(u.operand());
      return inner == null ? null : inner.negate();
    }
    return null;
  }

  private static boolean isPercent(Expr e) {
    return e instanceof Expr.Percent || (e instanceof Expr.Unary u && u.operand() instanceof Expr.Percent);
  }

  /** The declared range of the variable's input; any value for a definition or an open input. */
  static Domain domain(String variable, Declared declared) {
    int bracket = variable.indexOf('[');
    Declaration.Input input = declared.input(bracket < 0 ? variable : variable.substring(0, bracket));
    if (input == null) return Domain.ANY;
    boolean integers = input.kind() != null && input.kind().text().toLowerCase(Locale.ROOT).equals("count");
    boolean percent = input.kind() != null && input.kind().text().toLowerCase(Locale.ROOT).equals("percent");
    Function<BigDecimal, String> number = percent ? Interval::percent : Interval::plain;
    if (input.range() == null) return new Domain(IntervalSet.ALL, integers, Domain.UNBOUNDED, number);
    if (percent && !(isPercent(input.range().low()) && isPercent(input.range().high()))) {
      // `in [0, 100]` for a percent may mean points, while `50%` in a condition is 0.5: rather
      // than guess the scale, judge such an input against no range at all.
      return new Domain(IntervalSet.ALL, false, Domain.UNBOUNDED);
    }
    BigDecimal low = constant(input.range().low());
    BigDecimal high = constant(input.range().high());
    if (low == null || high == null) return new Domain(IntervalSet.ALL, integers, Domain.UNBOUNDED);
    Interval range = Interval.of(low, true, high, true);
    if (range == null) return new Domain(IntervalSet.ALL, integers, Domain.UNBOUNDED);
    String text = "in [" + number.apply(low) + ", " + number.apply(high) + "]";
    return new Domain(IntervalSet.of(range), integers, text, number);
  }
}
