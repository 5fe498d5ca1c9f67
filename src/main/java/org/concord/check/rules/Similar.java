package org.concord.check.rules;

import java.util.Collection;

/** "Did you mean": the closest known word by edit distance, when it is close enough. */
final class Similar {
  private Similar() {}

  /** The candidate nearest to {@code word}, or null when none is within a third of its length. */
  static String closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.max(1, word.length() / 3);
    for (String candidate : candidates) {
      int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    return org.concord.diagnostic.EditDistance.between(a, b);
  }

  /** `a`, `b` and `c`: a list of names for a help line. */
  static String list(Collection<String> names) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    for (String n : names) {
      if (i > 0) s.append(i == names.size() - 1 ? " or " : ", ");
      s.append('`').append(n).append('`');
      i++;
    }
    return s.toString();
  }
}
