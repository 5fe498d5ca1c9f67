package org.concord.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Definition;
import org.concord.model.Formula;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Rounding;
import org.concord.sim.scenario.Scenario;

/**
 * Evaluates formulas for one run: inputs from the scenario (or their defaults), definitions
 * cached per period and party, fund balances at the start of the period, and the loop variables
 * bound by `for each`, aggregates and per-party definitions. Numbers are exact except quotients,
 * which are carried at {@link Money#CONTEXT}. A value the formula cannot have (division by zero,
 * overflow, a missing input) ends the provision with a diagnostic ({@link Stop}).
 */
final class Evaluator {
  private final Model model;
  private final Scenario scenario;
  private final Ledger ledger;
  private final FormulaText text;
  /** [definition][account slot, or 0][period]: Boolean or BigDecimal, null until computed. */
  private final Object[][][] cache;
  /** The account slot each loop variable is bound to; -1 when unbound. */
  final int[] bound;
  /** Values read at the top level of the provision being run, for reasons and traces; no duplicates. */
  private final List<Use> uses = new ArrayList<>();
  /**
   * What {@link #uses} holds, one key per use, in the same order: a slot, party and period for
   * an input or definition (so a value read again is known before its name and value are
   * written), the use itself for an aggregate.
   */
  private final List<Object> usedKeys = new ArrayList<>();
  private final java.util.Set<Object> used = new java.util.HashSet<>();
  /** {@link #uses} as an immutable list, shared by every flow made until it changes; null when stale. */
  private List<Use> usesSnapshot;
  private int quiet;
  private BigDecimal arrears = BigDecimal.ZERO;
  private BigDecimal repeat = BigDecimal.ZERO;
  /** Where the simulation is, for diagnostics: the article number being run. */
  String article = "?";

  Evaluator(Model model, Scenario scenario, Ledger ledger, boolean explain) {
    this.model = model;
    // without explanations nothing reads uses: every read is a quiet one
    this.quiet = explain ? 0 : 1;
    this.scenario = scenario;
    this.ledger = ledger;
    this.text = new FormulaText(model);
    int periods = model.term().size();
    cache = new Object[model.definitions().size()][][];
    for (Definition d : model.definitions()) cache[d.slot()] = new Object[d.byParty() ? model.accounts().size() : 1][periods];
    bound = new int[Math.max(model.variables(), 0) + 1];
    Arrays.fill(bound, -1);
  }

  FormulaText text() {
    return text;
  }

  /** The values read so far by the provision being run, as the flows it makes record them. */
  List<Use> uses() {
    if (usesSnapshot == null) usesSnapshot = List.copyOf(uses);
    return usesSnapshot;
  }

  int usesSize() {
    return uses.size();
  }

  /** Forgets the values read after the first {@code size}: a provision's reads end with it. */
  void truncateUses(int size) {
    while (uses.size() > size) {
      uses.removeLast();
      used.remove(usedKeys.removeLast());
      usesSnapshot = null;
    }
  }

  void context(BigDecimal arrears, int repeat) {
    this.arrears = arrears;
    this.repeat = BigDecimal.valueOf(repeat);
  }

  BigDecimal number(Formula f, int period) {
    Object v = eval(f, period);
    if (v instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
    return (BigDecimal) v;
  }

  boolean truth(Formula f, int period) {
    Object v = eval(f, period);
    if (v instanceof BigDecimal d) return d.signum() != 0;
    return (Boolean) v;
  }

  /** Evaluates without recording uses: for the text of reasons. */
  Object silently(Formula f, int period) {
    quiet++;
    try {
      return eval(f, period);
    } finally {
      quiet--;
    }
  }

  int party(Formula.PartyRef ref) {
    return switch (ref) {
      case Formula.FixedParty f -> f.account();
      case Formula.BoundParty b -> bound[b.variable()];
    };
  }

  /** Runs {@code body} with {@code variable} bound to {@code party}, restoring the old binding. */
  <T> T with(int variable, int party, java.util.function.Supplier<T> body) {
    int old = bound[variable];
    bound[variable] = party;
    try {
      return body.get();
    } finally {
      bound[variable] = old;
    }
  }

  /**
   * The value of {@code f} in period {@code t}. Constants and inputs, most of what clauses read,
   * are tested first in a method small enough for the JIT to inline; the rest is {@link #evalOther}.
   */
  private Object eval(Formula f, int t) {
    if (f instanceof Formula.Constant c) return c.value();
    if (f instanceof Formula.InputValue i) return input(i, t);
    return evalOther(f, t);
  }

  private Object evalOther(Formula f, int t) {
    return switch (f) {
      case Formula.Constant c -> c.value();
      case Formula.Truth b -> b.value();
      case Formula.InputValue i -> input(i, t);
      case Formula.DefinitionValue d -> definition(d, t);
      case Formula.FundBalance b -> ledger.opening(b.account(), t);
      case Formula.ContextValue c -> c.word() == Formula.Word.ARREARS ? arrears : repeat;
      case Formula.Aggregate a -> aggregate(a, t);
      case Formula.Previous p -> t == 0
          ? (p.fallback() == null ? BigDecimal.ZERO : eval(p.fallback(), t))
          : eval(p.inner(), t - 1);
      case Formula.Cumulative c -> {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k <= t; k++) sum = guard(sum.add(number(c.inner(), k)), t);
        yield sum;
      }
      case Formula.Apply a -> apply(a, t);
      case Formula.Negate n -> number(n.operand(), t).negate();
      case Formula.Not n -> !truth(n.operand(), t);
      case Formula.Arithmetic a -> arithmetic(a, t);
      case Formula.Comparison c -> compare(c.op(), number(c.left(), t).compareTo(number(c.right(), t)));
      case Formula.Logic l -> switch (l.op()) {
        case AND -> truth(l.left(), t) && truth(l.right(), t);
        case OR -> truth(l.left(), t) || truth(l.right(), t);
      };
    };
  }

  private Object input(Formula.InputValue ref, int t) {
    Input in = model.inputs().get(ref.input());
    int party = in.byParty() && ref.party() != null ? party(ref.party()) : Rounding.NO_ACCOUNT;
    BigDecimal v = scenario.value(in.slot(), party, t);
    // the common case, a value given and nothing to record, in few bytecodes so that it inlines
    if (v != null && quiet != 0) return v;
    return inputRead(ref, in, party, v, t);
  }

  /** An input read that falls back to its default, is missing, or is recorded among the uses. */
  private Object inputRead(Formula.InputValue ref, Input in, int party, BigDecimal v, int t) {
    Object value = v;
    if (v == null) {
      if (in.defaultValue() == null) {
        String who = party < 0 ? "" : " for `" + model.accounts().get(party).id() + "`";
        throw new Stop(Diagnostic.of(Code.C1010, ref.span(), in.id(), who, model.term().label(t)));
      }
      quiet++;
      try {
        value = eval(in.defaultValue(), t);
      } finally {
        quiet--;
      }
    }
    if (quiet == 0 && isNew(new ReadKey(false, in.slot(), party, t))) {
      add(new Use(text.ref(in.id(), party < 0 ? null : new Formula.FixedParty(party), bound), model.term().label(t),
          show(value)));
    }
    return value;
  }

  private Object definition(Formula.DefinitionValue ref, int t) {
    Definition d = model.definitions().get(ref.definition());
    int party = d.byParty() && ref.party() != null ? party(ref.party()) : Rounding.NO_ACCOUNT;
    Object[] row = cache[d.slot()][party < 0 ? 0 : party];
    Object value = row[t];
    if (value == null) {
      quiet++;
      try {
        value = party < 0 ? eval(d.body(), t) : with(d.variable(), party, () -> eval(d.body(), t));
      } finally {
        quiet--;
      }
      row[t] = value;
    }
    if (quiet == 0 && isNew(new ReadKey(true, d.slot(), party, t))) {
      add(new Use(text.ref(d.id(), party < 0 ? null : new Formula.FixedParty(party), bound), model.term().label(t),
          show(value)));
    }
    return value;
  }

  private BigDecimal aggregate(Formula.Aggregate a, int t) {
    if (a.parties().isEmpty()) {
      throw new Stop(Diagnostic.of(Code.C1106, a.span(), text.text(a, bound), article, model.term().label(t)));
    }
    quiet++;
    BigDecimal acc = null;
    try {
      for (int p : a.parties()) {
        BigDecimal v = with(a.variable(), p, () -> number(a.body(), t));
        acc = switch (a.fn()) {
          case SUM, MEAN -> acc == null ? v : guard(acc.add(v), t);
          case MIN -> acc == null ? v : acc.min(v);
          case MAX -> acc == null ? v : acc.max(v);
        };
      }
    } finally {
      quiet--;
    }
    if (a.fn() == Formula.Aggregation.MEAN) acc = Money.divide(acc, BigDecimal.valueOf(a.parties().size()));
    if (quiet == 0) {
      Use u = new Use(text.text(a, bound), model.term().label(t), show(acc));
      if (isNew(u)) add(u);
    }
    return acc;
  }

  private BigDecimal apply(Formula.Apply a, int t) {
    BigDecimal acc = null;
    for (Formula arg : a.args()) {
      BigDecimal v = number(arg, t);
      acc = switch (a.fn()) {
        case MIN -> acc == null ? v : acc.min(v);
        case MAX -> acc == null ? v : acc.max(v);
        case ABS -> v.abs();
      };
    }
    return acc == null ? BigDecimal.ZERO : acc;
  }

  private BigDecimal arithmetic(Formula.Arithmetic a, int t) {
    BigDecimal l = number(a.left(), t);
    BigDecimal r = number(a.right(), t);
    BigDecimal v = switch (a.op()) {
      case ADD -> l.add(r);
      case SUB -> l.subtract(r);
      case MUL -> l.multiply(r);
      case DIV -> {
        if (r.signum() == 0) {
          throw new Stop(Diagnostic.of(Code.C1101, a.span(), article, model.term().label(t),
              text.text(a.left(), bound), Money.format(l, null), text.text(a.right(), bound)));
        }
        yield Money.divide(l, r);
      }
    };
    return guard(v, t);
  }

  /** Every intermediate result stays within {@link Money#LIMIT} (C1102). */
  BigDecimal guard(BigDecimal v, int t) {
    // fewer than 31 digits before the point is within the limit: most values, without comparing
    if (v.precision() - v.scale() <= 30) return v;
    if (v.abs().compareTo(Money.LIMIT) > 0) {
      throw new Stop(Diagnostic.of(Code.C1102, Ledger.NO_SPAN, article, model.term().label(t), v.toString()));
    }
    return v;
  }

  private static boolean compare(Formula.ComparisonOp op, int c) {
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
    };
  }

  /** An input or definition read: the same key is the same name, period and value. */
  private record ReadKey(boolean definition, int slot, int party, int period) {}

  /** Whether {@code key} is a use not yet recorded for this provision; records it if so. */
  private boolean isNew(Object key) {
    if (!used.add(key)) return false;
    usedKeys.add(key);
    return true;
  }

  private void add(Use u) {
    uses.add(u);
    usesSnapshot = null;
  }

  /** The condition written with the values that decided it: `P = 0.8 <= 1`. */
  String because(Formula condition, boolean held, int t) {
    if (condition instanceof Formula.Comparison c) {
      Formula.ComparisonOp op = held ? c.op() : FormulaText.negate(c.op());
      return side(c.left(), t) + " " + FormulaText.symbol(op) + " " + side(c.right(), t);
    }
    String s = text.text(condition, bound);
    return held ? s : "not (" + s + ")";
  }

  private String side(Formula f, int t) {
    String s = text.text(f, bound);
    if (f instanceof Formula.Constant) return s;
    Object v = silently(f, t);
    return s + " = " + show(v);
  }

  /** A value as reasons show it: at most 12 significant digits (the ledger itself stays exact). */
  static String show(Object v) {
    if (!(v instanceof BigDecimal d)) return String.valueOf(v);
    return Money.format(d.precision() > 12 ? d.round(new java.math.MathContext(12)) : d, null);
  }
}
