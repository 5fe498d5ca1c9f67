package org.concord.check;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean …?" for unknown names: the declared name nearest by Damerau–Levenshtein distance
 * (optimal string alignment), if it is within two edits. Ties go to the name declared first, so
 * the suggestion is the same on every run.
 */
final class Suggestions {
  private static final int MAX_DISTANCE = 2;

  private Suggestions() {}

  static Optional<String> nearest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : known) {
      if (candidate.equals(wrong)) continue;
      int d = distance(wrong, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The help line for an unknown name: a suggestion when there is one, else {@code fallback}. */
  static String help(String wrong, Collection<String> known, String fallback) {
    return nearest(wrong, known).map(s -> "did you mean `" + s + "`?").orElse(fallback);
  }

  /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_DISTANCE) return MAX_DISTANCE + 1;
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
