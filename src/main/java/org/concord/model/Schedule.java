package org.concord.model;

/**
 * The periods a provision applies in, as inclusive indices into the term. Timing written as
 * `in`, `from`, `through` or `for N years` is resolved to this by the checker.
 */
public record Schedule(int first, int last) {
  public static Schedule whole(Term term) {
    return new Schedule(0, term.size() - 1);
  }

  public boolean covers(int period) {
    return period >= first && period <= last;
  }
}
