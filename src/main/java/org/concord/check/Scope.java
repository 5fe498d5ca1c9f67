package org.concord.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an expression may refer to besides declared names: the loop variables in force (from
 * `for each`, a per-party definition's parameter), the variable a basis or an aggregate binds
 * to "each party" (unindexed per-party names read it), and whether `arrears` and `repeat` mean
 * something (only in a penalty's amount). Immutable: entering a construct makes a new scope.
 */
record Scope(Map<String, Integer> variables, int each, boolean penalty) {
  static final int NONE = -1;

  private static final Scope TOP = new Scope(Map.of(), NONE, false);

  static Scope top() {
    return TOP;
  }

  Scope {
    // Most scopes have no variables; share one empty map (which, like the copies, answers null
    // for a null key) instead of copying an empty one.
    variables = variables.isEmpty()
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
  }

  Scope withVariable(String name, int variable) {
    Map<String, Integer> vs = new LinkedHashMap<>(variables);
    vs.put(name, variable);
    return new Scope(vs, each, penalty);
  }

  Scope withEach(int variable) {
    return new Scope(variables, variable, penalty);
  }

  Scope inPenalty() {
    return new Scope(variables, each, true);
  }

  Integer variable(String name) {
    return variables.get(name);
  }
}
