package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Agreement;
import org.concord.ast.Declaration;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.Span;
import org.concord.model.ValueType;

/**
 * The names an agreement can use: its own declarations and those its imports lend it. Accounts
 * get their slots here, in the order spec/semantics.md fixes (imported parties, own parties,
 * outside accounts, funds); inputs get theirs in declaration order. A name declared twice is
 * reported once (C0107) and the first declaration wins.
 */
final class Symbols {
  enum Kind {
    PARTY("a party"),
    OUTSIDE("an outside account"),
    FUND("a fund"),
    INPUT("an input"),
    DEFINITION("a definition");

    final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    boolean isAccount() {
      return this == PARTY || this == OUTSIDE || this == FUND;
    }
  }

  /** One declared name. {@code slot} is its account, input or definition slot. */
  static final class Symbol {
    final Kind kind;
    final String id;
    final Span span;
    final Object declaration;
    final boolean own;
    int slot = -1;
    boolean used;
    /** Inputs and definitions: the type of their values, once known; null before. */
    ValueType type;
    boolean byParty;
    /**
     * Definitions whose body is untyped (`define stake = 100`): like a literal, the type comes
     * from where the definition is first used, and the body is compiled with it afterwards.
     */
    boolean untyped;
    /** The types the uses of an untyped definition asked for, in order of use. */
    final List<ValueType> wanted = new ArrayList<>();

    Symbol(Kind kind, String id, Span span, Object declaration, boolean own) {
      this.kind = kind;
      this.id = id;
      this.span = span;
      this.declaration = declaration;
      this.own = own;
    }
  }

  private final Map<String, Symbol> byName = new LinkedHashMap<>();
  final List<Symbol> accounts = new ArrayList<>();
  final List<Symbol> inputs = new ArrayList<>();
  final List<Symbol> definitions = new ArrayList<>();

  /** Declares everything {@code unit} can see; duplicates go to {@code out}. */
  static Symbols of(CheckUnit unit, Diagnostics out) {
    Symbols s = new Symbols();
    List<Agreement> all = new ArrayList<>(unit.imports());
    all.add(unit.agreement());
    Agreement own = unit.agreement();
    for (Agreement a : all) {
      for (Declaration.Party p : a.parties()) s.declare(Kind.PARTY, p.id(), p, a == own, out);
    }
    for (Agreement a : all) {
      for (Declaration.Outside o : a.outsides()) s.declare(Kind.OUTSIDE, o.id(), o, a == own, out);
    }
    for (Agreement a : all) {
      for (Declaration.Fund f : a.funds()) s.declare(Kind.FUND, f.id(), f, a == own, out);
    }
    for (Agreement a : all) {
      for (Declaration.Input i : a.inputs()) {
        Symbol sym = s.declare(Kind.INPUT, i.id(), i, a == own, out);
        if (sym != null) sym.byParty = i.byParty();
      }
    }
    for (Agreement a : all) {
      for (Declaration.Definition d : a.definitions()) {
        Symbol sym = s.declare(Kind.DEFINITION, d.id(), d, a == own, out);
        if (sym != null) sym.byParty = d.parameter() != null;
      }
    }
    return s;
  }

  private Symbol declare(Kind kind, Name name, Object declaration, boolean own, Diagnostics out) {
    Symbol first = byName.get(name.text());
    if (first != null) {
      if (first.declaration != declaration) {
        out.add(org.concord.diagnostic.Diagnostic.of(Code.C0107, name.span(), word(kind), name.text())
            .withLabel(first.span, "first declared here"));
      }
      return null;
    }
    Symbol s = new Symbol(kind, name.text(), name.span(), declaration, own);
    byName.put(name.text(), s);
    switch (kind) {
      case PARTY, OUTSIDE, FUND -> {
        s.slot = accounts.size();
        accounts.add(s);
      }
      case INPUT -> {
        s.slot = inputs.size();
        inputs.add(s);
      }
      case DEFINITION -> definitions.add(s);
    }
    return s;
  }

  private static String word(Kind kind) {
    return switch (kind) {
      case PARTY -> "party";
      case OUTSIDE -> "outside account";
      case FUND -> "fund";
      case INPUT -> "input";
      case DEFINITION -> "definition";
    };
  }

  Symbol get(String name) {
    return byName.get(name);
  }

  /** The names of every symbol of the given kinds, in declaration order: candidates for "did you mean". */
  List<String> names(Kind... kinds) {
    List<String> out = new ArrayList<>();
    for (Symbol s : byName.values()) {
      for (Kind k : kinds) if (s.kind == k) out.add(s.id);
    }
    return out;
  }

  Symbol account(int slot) {
    return accounts.get(slot);
  }
}
