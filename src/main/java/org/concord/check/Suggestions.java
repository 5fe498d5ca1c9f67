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
    return org.concord.diagnostic.EditDistance.between(a, b);
  }
}
