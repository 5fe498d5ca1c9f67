package org.concord.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;

/**
 * Orders definitions so each uses only those before it (the model's contract), keeping the
 * declaration order where dependencies allow. A cycle is reported once, naming it (C0122); its
 * members are still placed, so the rest can be checked.
 */
final class Definitions {
  private Definitions() {}

  static List<Symbols.Symbol> order(Symbols symbols, Diagnostics out) {
    Map<String, Symbols.Symbol> defs = new HashMap<>();
    for (Symbols.Symbol d : symbols.definitions) defs.put(d.id, d);
    List<Symbols.Symbol> ordered = new ArrayList<>();
    Set<Symbols.Symbol> done = new LinkedHashSet<>();
    Set<Symbols.Symbol> reported = new LinkedHashSet<>();
    for (Symbols.Symbol d : symbols.definitions) visit(d, defs, new ArrayList<>(), done, ordered, reported, out);
    return ordered;
  }

  private static void visit(Symbols.Symbol d, Map<String, Symbols.Symbol> defs, List<Symbols.Symbol> path,
      Set<Symbols.Symbol> done, List<Symbols.Symbol> ordered, Set<Symbols.Symbol> reported, Diagnostics out) {
    if (done.contains(d)) return;
    int at = path.indexOf(d);
    if (at >= 0) {
      List<Symbols.Symbol> cycle = path.subList(at, path.size());
      if (cycle.stream().noneMatch(reported::contains)) {
        reported.addAll(cycle);
        StringBuilder names = new StringBuilder();
        for (Symbols.Symbol c : cycle) names.append('`').append(c.id).append("` → ");
        names.append('`').append(d.id).append('`');
        out.add(Code.C0122, d.span, names.toString());
      }
      return;
    }
    path.add(d);
    Declaration.Definition decl = (Declaration.Definition) d.declaration;
    String parameter = decl.parameter() == null ? null : decl.parameter().text();
    for (String used : uses(decl.body())) {
      if (used.equals(parameter)) continue;
      Symbols.Symbol dep = defs.get(used);
      if (dep != null) visit(dep, defs, path, done, ordered, reported, out);
    }
    path.removeLast();
    if (done.add(d)) ordered.add(d);
  }

  /** Every name an expression mentions, in order of appearance. */
  static List<String> uses(Expr e) {
    List<String> names = new ArrayList<>();
    collect(e, names);
    return names;
  }

  private static void collect(Expr e, List<String> names) {
    switch (e) {
      case Expr.Ref r -> names.add(r.name().text());
      case Expr.Index i -> names.add(i.name().text());
      case Expr.Call c -> c.args().forEach(a -> collect(a, names));
      case Expr.Unary u -> collect(u.operand(), names);
      case Expr.Binary b -> {
        collect(b.left(), names);
        collect(b.right(), names);
      }
      default -> {}
    }
  }
}
