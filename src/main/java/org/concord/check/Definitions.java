package org.concord.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    for (Symbols.Symbol root : symbols.definitions) {
      if (done.contains(root)) continue;
      // Depth-first, with an explicit stack so a long chain of definitions cannot overflow it.
      List<Symbols.Symbol> path = new ArrayList<>();
      Set<Symbols.Symbol> onPath = new HashSet<>();
      List<java.util.Iterator<Symbols.Symbol>> pending = new ArrayList<>();
      path.add(root);
      onPath.add(root);
      pending.add(dependencies(root, defs).iterator());
      while (!path.isEmpty()) {
        java.util.Iterator<Symbols.Symbol> next = pending.getLast();
        if (next.hasNext()) {
          Symbols.Symbol dep = next.next();
          if (done.contains(dep)) continue;
          if (onPath.contains(dep)) {
            cycle(path.subList(path.indexOf(dep), path.size()), dep, reported, out);
            continue;
          }
          path.add(dep);
          onPath.add(dep);
          pending.add(dependencies(dep, defs).iterator());
        } else {
          Symbols.Symbol d = path.removeLast();
          onPath.remove(d);
          pending.removeLast();
          if (done.add(d)) ordered.add(d);
        }
      }
    }
    return ordered;
  }

  private static List<Symbols.Symbol> dependencies(Symbols.Symbol d, Map<String, Symbols.Symbol> defs) {
    Declaration.Definition decl = (Declaration.Definition) d.declaration;
    String parameter = decl.parameter() == null ? null : decl.parameter().text();
    List<Symbols.Symbol> deps = new ArrayList<>();
    for (String used : uses(decl.body())) {
      Symbols.Symbol dep = used.equals(parameter) ? null : defs.get(used);
      if (dep != null) deps.add(dep);
    }
    return deps;
  }

  private static void cycle(List<Symbols.Symbol> cycle, Symbols.Symbol back, Set<Symbols.Symbol> reported,
      Diagnostics out) {
    if (cycle.stream().anyMatch(reported::contains)) return;
    reported.addAll(cycle);
    StringBuilder names = new StringBuilder();
    for (Symbols.Symbol c : cycle) names.append('`').append(c.id).append("` → ");
    names.append('`').append(back.id).append('`');
    out.add(Code.C0122, back.span, names.toString());
  }

  /** Every name an expression mentions, in order of appearance. */
  static List<String> uses(Expr e) {
    List<String> names = new ArrayList<>();
    collect(e, names);
    return names;
  }

  private static void collect(Expr e, List<String> names) {
    // instanceof, not a pattern switch: start-up (package-info of org.concord.check)
    if (e instanceof Expr.Ref r) {
      names.add(r.name().text());
    } else if (e instanceof Expr.Index i) {
      names.add(i.name().text());
    } else if (e instanceof Expr.Call c) {
      c.args().forEach(a -> collect(a, names));
    } else if (e instanceof Expr.Unary u) {
      collect(u.operand(), names);
    } else if (e instanceof Expr.Binary b) {
      collect(b.left(), names);
      collect(b.right(), names);
    }
  }
}
