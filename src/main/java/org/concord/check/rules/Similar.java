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
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) previous[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length()];
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
