package org.concord.check.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Name;
import org.concord.check.CheckUnit;

/**
 * What one agreement declares, with what its imports lend it, indexed by name for the rules
 * that look names up. The first declaration of a name wins and the agreement's own come before
 * its imports', so a duplicate (the names rules report it) never makes these rules throw.
 * Articles and obligations are the agreement's own: imports lend no articles.
 */
public final class Declared {
  /** What a name stands for, as far as accounts and arbiters are concerned. */
  public enum Kind {
    PARTY("party"),
    FUND("fund"),
    OUTSIDE("outside account"),
    INPUT("input"),
    DEFINITION("definition");

    public final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  /** An obligation and the article that states it. */
  public record Located<T>(Declaration.Article article, T clause) {}

  final Map<String, Declaration.Party> parties = new LinkedHashMap<>();
  final Map<String, Declaration.Fund> funds = new LinkedHashMap<>();
  final Map<String, Declaration.Outside> outsides = new LinkedHashMap<>();
  final Map<String, Declaration.Input> inputs = new LinkedHashMap<>();
  final Map<String, Declaration.Definition> definitions = new LinkedHashMap<>();
  final Map<String, Declaration.Article> articles = new LinkedHashMap<>();
  final Map<String, Located<Clause.Obligation>> obligations = new LinkedHashMap<>();
  private final Map<String, Kind> kinds = new HashMap<>();

  /** Every clause of the agreement, nested ones included, in source order. */
  private final List<Clauses.Site> sites;

  private Declared(CheckUnit unit) {
    this.sites = Clauses.all(unit.agreement());
  }

  /**
   * Indexes {@code unit}. The checker does it once per unit and hands the index to every rule
   * ({@code AgreementRule}); building it walks every declaration and clause.
   */
  public static Declared of(CheckUnit unit) {
    Declared d = new Declared(unit);
    List<Agreement> all = new ArrayList<>();
    all.add(unit.agreement());
    all.addAll(unit.imports());
    for (Agreement a : all) {
      for (Declaration.Party p : a.parties()) d.put(d.parties, p.id().text(), p, Kind.PARTY);
      for (Declaration.Fund f : a.funds()) d.put(d.funds, f.id().text(), f, Kind.FUND);
      for (Declaration.Outside o : a.outsides()) d.put(d.outsides, o.id().text(), o, Kind.OUTSIDE);
      for (Declaration.Input i : a.inputs()) d.put(d.inputs, i.id().text(), i, Kind.INPUT);
      for (Declaration.Definition f : a.definitions()) d.put(d.definitions, f.id().text(), f, Kind.DEFINITION);
    }
    for (Declaration.Article article : unit.agreement().articles()) {
      d.articles.putIfAbsent(article.number(), article);
    }
    for (Clauses.Site site : d.sites) {
      if (site.clause() instanceof Clause.Obligation o) {
        d.obligations.putIfAbsent(o.id().text(), new Located<>(site.article(), o));
      }
    }
    return d;
  }

  /** Every clause of the agreement, nested ones included, in source order (unmodifiable). */
  List<Clauses.Site> sites() {
    return sites;
  }

  private <T> void put(Map<String, T> map, String name, T value, Kind kind) {
    map.putIfAbsent(name, value);
    kinds.putIfAbsent(name, kind);
  }

  /** What the name stands for, or null when it is not declared (the names rules say so). */
  public Kind kindOf(String name) {
    return name == null ? null : kinds.get(name);
  }

  public boolean isParty(String name) {
    return kindOf(name) == Kind.PARTY;
  }

  public boolean isFund(String name) {
    return kindOf(name) == Kind.FUND;
  }

  public Declaration.Party party(String name) {
    return parties.get(name);
  }

  public Declaration.Fund fund(String name) {
    return funds.get(name);
  }

  public Declaration.Input input(String name) {
    return inputs.get(name);
  }

  public Declaration.Definition definition(String name) {
    return definitions.get(name);
  }

  public Declaration.Article article(String number) {
    return articles.get(number);
  }

  public Located<Clause.Obligation> obligation(String id) {
    return obligations.get(id);
  }

  public List<String> obligationIds() {
    return List.copyOf(obligations.keySet());
  }

  public List<String> articleNumbers() {
    return List.copyOf(articles.keySet());
  }

  public List<Declaration.Party> allParties() {
    return List.copyOf(parties.values());
  }

  /**
   * The parties a party set stands for, in declared order; null when that cannot be told (a
   * body that is not declared, say).
   */
  public List<String> expand(Clause.PartySet set) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (set instanceof Clause.AllParties) return List.copyOf(parties.keySet());
    if (set instanceof Clause.MembersOf m) {
      Declaration.Party body = parties.get(m.body().text());
      return body == null ? null : texts(body.members());
    }
    return texts(((Clause.PartyList) set).parties());
  }

  private static List<String> texts(List<Name> names) {
    List<String> out = new ArrayList<>(names.size());
    for (Name n : names) out.add(n.text());
    return Collections.unmodifiableList(out);
  }
}
