package org.concord.sim.scenario;

import java.util.Collection;

/** "Did you mean …" for names a scenario gets wrong, by edit distance. */
final class Names {
  private Names() {}

  static String suggest(String wrong, Collection<String> known, String otherwise) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wrong.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(1, wrong.length() / 3)) return "did you mean `" + best + "`?";
    return otherwise;
  }

  static int distance(String a, String b) {
    return org.concord.diagnostic.EditDistance.between(a, b);
  }
}
