package org.concord.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Header;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Article;
import org.concord.model.Definition;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Rounding;
import org.concord.model.ValueType;

/**
 * Builds the {@link Model} of one agreement (with its imports): names resolved to slots,
 * expressions typed, timings resolved to periods. spec/semantics.md, "From text to model", is
 * the rule book; each step below cites the part it implements. Findings go to the diagnostics;
 * the model is meaningful only when none of them is an error (the {@link Checker} decides).
 */
public final class ModelBuilder {
  static final List<String> LEVELS = List.of("national", "province", "prefecture", "county", "district", "zone", "body");

  private final CheckUnit unit;
  private final Agreement agreement;
  private final Diagnostics out;
  private Symbols symbols;
  private TypeChecker types;
  private Periods periods;
  private Timings timings;
  private Provisions provisions;
  private List<Symbols.Symbol> ordered = List.of();
  private final Map<Symbols.Symbol, Definition> compiled = new HashMap<>();

  /** Types chosen for untyped definitions by a first pass over their uses; empty on the first pass. */
  private final Map<String, ValueType> untypedTypes;

  private ModelBuilder(CheckUnit unit, Diagnostics out, Map<String, ValueType> untypedTypes) {
    this.unit = unit;
    this.agreement = unit.agreement();
    this.out = out;
    this.untypedTypes = untypedTypes;
  }

  /** The model of {@code unit}, or null when it has no header to build one from (reported). */
  public static Model build(CheckUnit unit, Diagnostics out) {
    // An untyped definition (`define stake = 100`) is typed by its uses, as a literal is; when
    // there is one, a first pass (its findings discarded) sees every use, and the definition
    // takes money if any use needs money, else the type its first use needs.
    Diagnostics scratch = new Diagnostics();
    ModelBuilder first = new ModelBuilder(unit, scratch, Map.of());
    Model model = first.build();
    Map<String, ValueType> chosen = first.untypedChoices();
    if (chosen.isEmpty()) {
      out.addAll(scratch.sorted());
      return model;
    }
    return new ModelBuilder(unit, out, chosen).build();
  }

  private Map<String, ValueType> untypedChoices() {
    Map<String, ValueType> chosen = new HashMap<>();
    if (symbols == null) return chosen;
    for (Symbols.Symbol s : symbols.definitions) {
      if (!s.untyped) continue;
      ValueType t = s.wanted.contains(ValueType.MONEY) ? ValueType.MONEY
          : s.wanted.isEmpty() ? ValueType.NUMBER : s.wanted.getFirst();
      chosen.put(s.id, t);
    }
    return chosen;
  }

  private Model build() {
    Header header = agreement.header();
    if (header == null) {
      // A file of only imports and tests is a test file (spec/language.md, "Tests"): it has
      // nothing to build and is not missing anything.
      boolean testsOnly = !agreement.tests().isEmpty() && agreement.declarations().size() == agreement.tests().size();
      if (!testsOnly) out.add(Code.C0123, agreement.span().start());
      return null;
    }
    // A file of declarations only (a registry of parties, imported by agreements) needs no term
    // or currency: it has no clause to put in a period or to pay (spec/language.md, "Imports").
    boolean operative = !agreement.articles().isEmpty();
    if (header.term() == null && operative) out.add(Code.C0401, header.id().span());
    if (header.currency() == null && operative) out.add(Code.C0210, header.id().span());
    periods = Periods.of(header.term(), out);
    timings = new Timings(periods, out);
    symbols = Symbols.of(unit, out);
    types = new TypeChecker(symbols, nonBodies(), out);

    List<Account> accounts = accounts();
    Rounding rounding = rounding(header.rounding());
    List<Input> inputs = inputs(header);
    definitions();
    List<Fund> funds = funds();
    provisions = new Provisions(types, timings, periods, symbols, inputs, out);
    List<Article> articles = provisions.articles(agreement.articles());
    List<Definition> definitions = finishDefinitions();
    if (provisions.escrow() != null) {
      accounts.add(new Account(accounts.size(), "escrow", "Escrow for contested payments", AccountKind.ESCROW, "",
          Rounding.NO_ACCOUNT, List.of(), provisions.escrow()));
    }
    unused();

    String id = header.id().text();
    String currency = header.currency() == null ? "" : header.currency().code().text();
    String scale = header.currency() == null || header.currency().scale() == null ? null
        : header.currency().scale().text();
    org.concord.model.Term term = periods.known() ? periods.term
        : new org.concord.model.Term(org.concord.model.Granularity.YEARLY, List.of());
    return new Model(id, header.title() == null ? id : header.title(), agreement.file(), term, currency, scale, rounding,
        accounts, inputs, definitions, funds, articles, types.variables());
  }

  /** The parties a `sum`, `mean` or `all parties` ranges over: every party that is not a joint body. */
  private List<Integer> nonBodies() {
    List<Integer> slots = new ArrayList<>();
    for (Symbols.Symbol s : symbols.accounts) {
      if (s.kind == Symbols.Kind.PARTY && !isBody(s)) slots.add(s.slot);
    }
    return slots;
  }

  private static boolean isBody(Symbols.Symbol s) {
    return s.declaration instanceof Declaration.Party p && p.level().text().equals("body");
  }

  // ------------------------------------------------------------------ accounts

  private List<Account> accounts() {
    List<Account> accounts = new ArrayList<>();
    Scope top = Scope.top();
    for (Symbols.Symbol s : symbols.accounts) {
      // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
      if (s.declaration instanceof Declaration.Party p) {
        String level = p.level().text();
        if (!LEVELS.contains(level)) {
          Diagnostic d = Diagnostic.of(Code.C0115, p.level().span(), level);
          out.add(Suggestions.nearest(level, LEVELS).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
        }
        if (!p.members().isEmpty() && LEVELS.contains(level) && !level.equals("body")) {
          out.add(Code.C0116, p.id().span(), p.id().text(), level);
        }
        int parent = p.parent() == null ? Rounding.NO_ACCOUNT : types.account(p.parent(), top, TypeChecker.Need.PARTY);
        List<Integer> members = new ArrayList<>();
        for (Name m : p.members()) {
          int slot = types.account(m, top, TypeChecker.Need.PARTY);
          if (slot >= 0) members.add(slot);
        }
        accounts.add(
            new Account(s.slot, s.id, title(p.title(), s.id), AccountKind.PARTY, level, parent, members, p.span()));
      } else if (s.declaration instanceof Declaration.Outside o) {
        accounts.add(new Account(s.slot, s.id, title(o.title(), s.id), AccountKind.OUTSIDE, "", Rounding.NO_ACCOUNT,
            List.of(), o.span()));
      } else if (s.declaration instanceof Declaration.Fund f) {
        accounts.add(new Account(s.slot, s.id, title(f.title(), s.id), AccountKind.FUND, "", Rounding.NO_ACCOUNT,
            List.of(), f.span()));
      } else {
        throw new IllegalStateException("not an account: " + s.id);
      }
    }
    // Parties are not "unused" when a parent or member list names them; only accounts clauses use count.
    for (Symbols.Symbol s : symbols.accounts) if (s.kind == Symbols.Kind.PARTY) s.used = false;
    return accounts;
  }

  private static String title(String written, String id) {
    return written == null ? id : written;
  }

  // ------------------------------------------------------------------ rounding

  private Rounding rounding(Header.Rounding r) {
    if (r == null) return Rounding.exact();
    if (r.increment().signum() <= 0) out.add(Code.C0214, r.span(), r.increment().toPlainString());
    RoundingMode mode = switch (r.mode().text()) {
      case "half-even" -> RoundingMode.HALF_EVEN;
      case "half-up" -> RoundingMode.HALF_UP;
      case "half-down" -> RoundingMode.HALF_DOWN;
      case "up" -> RoundingMode.UP;
      case "down" -> RoundingMode.DOWN;
      case "ceiling" -> RoundingMode.CEILING;
      case "floor" -> RoundingMode.FLOOR;
      default -> null;
    };
    if (mode == null) {
      List<String> modes = List.of("half-even", "half-up", "half-down", "up", "down", "ceiling", "floor");
      Diagnostic d = Diagnostic.of(Code.C0211, r.mode().span(), r.mode().text());
      out.add(Suggestions.nearest(r.mode().text(), modes).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
      mode = RoundingMode.HALF_EVEN;
    }
    int remainderTo = r.remainderTo() == null ? Rounding.NO_ACCOUNT
        : types.account(r.remainderTo(), Scope.top(), TypeChecker.Need.ACCOUNT);
    return new Rounding(r.increment(), mode, remainderTo, r.remainderTo() == null);
  }

  // ------------------------------------------------------------------ inputs

  private List<Input> inputs(Header header) {
    // Types first, so a default may refer to another input whatever the order.
    for (Symbols.Symbol s : symbols.inputs) s.type = type((Declaration.Input) s.declaration, header);
    List<Input> inputs = new ArrayList<>();
    for (Symbols.Symbol s : symbols.inputs) {
      Declaration.Input in = (Declaration.Input) s.declaration;
      ValueType type = s.type;
      BigDecimal low = null;
      BigDecimal high = null;
      if (in.range() != null) {
        String what = "the range of `" + s.id + "`";
        Formula lo = types.expect(in.range().low(), type, what, Scope.top());
        Formula hi = types.expect(in.range().high(), type, what, Scope.top());
        low = TypeChecker.constant(lo);
        high = TypeChecker.constant(hi);
        if (low != null && high != null && low.compareTo(high) > 0) {
          out.add(Code.C0208, in.range().span(), TypeChecker.text(in.range().low()), TypeChecker.text(in.range().high()));
        }
      }
      Formula defaultValue = null;
      if (in.defaultValue() != null) {
        // A default is a constant: one that read other values could read itself in a circle.
        List<String> names = Definitions.uses(in.defaultValue());
        if (names.isEmpty()) {
          defaultValue = types.expect(in.defaultValue(), type, "the default of `" + s.id + "`", Scope.top());
        } else {
          out.add(Code.C0217, in.defaultValue().span(), s.id, names.getFirst());
        }
      }
      int collectedBy = in.collectedBy() == null ? Rounding.NO_ACCOUNT
          : types.account(in.collectedBy(), Scope.top(), TypeChecker.Need.PARTY);
      inputs.add(new Input(s.slot, s.id, title(in.title(), s.id), type, in.byParty(),
          in.variation() == Declaration.Variation.CONSTANT, low, high, defaultValue, collectedBy, in.span()));
    }
    return inputs;
  }

  private ValueType type(Declaration.Input in, Header header) {
    String kind = in.kind().text();
    ValueType type = switch (kind) {
      case "money" -> ValueType.MONEY;
      case "number" -> ValueType.NUMBER;
      case "percent" -> ValueType.PERCENT;
      case "count" -> ValueType.COUNT;
      case "boolean" -> ValueType.BOOLEAN;
      default -> null;
    };
    if (type == null) {
      List<String> kinds = List.of("money", "number", "percent", "count", "boolean");
      Diagnostic d = Diagnostic.of(Code.C0206, in.kind().span(), kind);
      out.add(Suggestions.nearest(kind, kinds).map(x -> d.withHelp("did you mean `" + x + "`?")).orElse(d));
      return ValueType.NUMBER;
    }
    Name currency = in.currency();
    if (currency != null) {
      if (type != ValueType.MONEY) {
        out.add(Code.C0215, currency.span(), in.id().text(), Units.describe(type), currency.text());
      } else if (header.currency() != null && !currency.text().equals(header.currency().code().text())) {
        out.add(Code.C0207, currency.span(), in.id().text(), currency.text(), header.currency().code().text());
      }
    }
    return type;
  }

  // ------------------------------------------------------------------ definitions

  /**
   * Gives definitions their slots in dependency order and compiles those whose type their body
   * fixes. Untyped ones (`define stake = 100`) wait for {@link #finishDefinitions} so that their
   * first use can give them a type, as a literal's context does.
   */
  private void definitions() {
    ordered = Definitions.order(symbols, out);
    for (int i = 0; i < ordered.size(); i++) ordered.get(i).slot = i;
    for (Symbols.Symbol s : ordered) {
      Declaration.Definition d = (Declaration.Definition) s.declaration;
      s.untyped = types.natural(d.body(), scopeOf(d, Scope.NONE)) == null;
      if (s.untyped) s.type = untypedTypes.get(s.id);
      if (!s.untyped) compiled.put(s, compile(s, s.type));
    }
  }

  /** Compiles the untyped definitions, last first: compiling a later one may fix an earlier one's type. */
  private List<Definition> finishDefinitions() {
    for (Symbols.Symbol s : ordered.reversed()) {
      if (!s.untyped) continue;
      if (s.type == null) s.type = ValueType.NUMBER;
      compiled.put(s, compile(s, s.type));
    }
    List<Definition> definitions = new ArrayList<>();
    for (Symbols.Symbol s : ordered) definitions.add(compiled.get(s));
    return definitions;
  }

  private Definition compile(Symbols.Symbol s, ValueType hint) {
    Declaration.Definition d = (Declaration.Definition) s.declaration;
    int variable = Scope.NONE;
    if (d.parameter() != null) {
      variable = types.newVariable();
      hides(d.parameter());
    }
    Formula body = types.compile(d.body(), hint, scopeOf(d, variable));
    s.type = body.type();
    return new Definition(s.slot, s.id, title(d.title(), s.id), body.type(), d.parameter() != null, variable, body,
        d.span());
  }

  private static Scope scopeOf(Declaration.Definition d, int variable) {
    return d.parameter() == null ? Scope.top() : Scope.top().withVariable(d.parameter().text(), variable);
  }

  /** A variable named like a declaration would hide it (C0127). */
  void hides(Name variable) {
    Symbols.Symbol s = symbols.get(variable.text());
    if (s != null) out.add(Code.C0127, variable.span(), variable.text(), s.kind.noun);
  }

  // ------------------------------------------------------------------ funds

  private List<Fund> funds() {
    List<Fund> funds = new ArrayList<>();
    java.util.Set<Symbols.Symbol> usedBefore = new java.util.HashSet<>();
    for (Symbols.Symbol s : symbols.accounts) if (s.used) usedBefore.add(s);
    for (Symbols.Symbol s : symbols.accounts) {
      if (!(s.declaration instanceof Declaration.Fund f)) continue;
      Scope top = Scope.top();
      int heldBy = f.heldBy() == null ? Rounding.NO_ACCOUNT : types.account(f.heldBy(), top, TypeChecker.Need.PARTY);
      Formula initial = f.initialBalance() == null
          ? new Formula.Constant(BigDecimal.ZERO, ValueType.MONEY, f.span())
          : types.expect(f.initialBalance(), ValueType.MONEY, "the initial balance of `" + s.id + "`", top);
      Fund.Shortfall shortfall = f.shortfall() == null ? Fund.Shortfall.UNDECLARED
          : f.shortfall() == Declaration.Shortfall.PRO_RATA ? Fund.Shortfall.PRO_RATA : Fund.Shortfall.ARREARS;
      int lapseTo = f.lapseTo() == null ? Rounding.NO_ACCOUNT : types.account(f.lapseTo(), top, TypeChecker.Need.ACCOUNT);
      funds.add(new Fund(s.slot, heldBy, initial, shortfall, f.carryOver(), lapseTo, f.span()));
    }
    // Holding or receiving a lapse is not using a fund; only clauses and `balance` count.
    for (Symbols.Symbol s : symbols.accounts) s.used = usedBefore.contains(s);
    return funds;
  }

  // ------------------------------------------------------------------ unused declarations

  private void unused() {
    Map<Symbols.Kind, Code> codes = new HashMap<>();
    codes.put(Symbols.Kind.INPUT, Code.C0108);
    codes.put(Symbols.Kind.DEFINITION, Code.C0109);
    codes.put(Symbols.Kind.FUND, Code.C0110);
    codes.put(Symbols.Kind.OUTSIDE, Code.C0111);
    List<Symbols.Symbol> all = new ArrayList<>(symbols.accounts);
    all.addAll(symbols.inputs);
    all.addAll(symbols.definitions);
    for (Symbols.Symbol s : all) {
      Code code = codes.get(s.kind);
      if (code != null && s.own && !s.used) out.add(code, s.span, s.id);
    }
  }
}
