package org.concord.check.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of reals as sorted, disjoint, non-touching intervals: what a condition on one input
 * allows. Union merges; complement walks the gaps; intersection is the complement of the union
 * of complements. Exact throughout.
 */
final class IntervalSet {
  static final IntervalSet EMPTY = new IntervalSet(List.of());
  static final IntervalSet ALL = new IntervalSet(List.of(Interval.ALL));

  private final List<Interval> parts;

  private IntervalSet(List<Interval> parts) {
    this.parts = List.copyOf(parts);
  }

  static IntervalSet of(Interval i) {
    return i == null ? EMPTY : new IntervalSet(List.of(i));
  }

  List<Interval> parts() {
    return parts;
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  /** Empty, or (for whole-number inputs) without a whole number in it. */
  boolean isEmpty(boolean integers) {
    return integers ? parts.stream().noneMatch(Interval::containsInteger) : parts.isEmpty();
  }

  /** Lower ends in order: unbounded first, then by value, a closed end before an open one. */
  private static final Comparator<Interval> BY_LOW = (a, b) -> {
    if (a.low() == null || b.low() == null) return a.low() == null ? (b.low() == null ? 0 : -1) : 1;
    int c = a.low().compareTo(b.low());
    if (c != 0) return c;
    return Boolean.compare(b.lowClosed(), a.lowClosed());
  };

  IntervalSet union(IntervalSet other) {
    List<Interval> all = new ArrayList<>(parts);
    all.addAll(other.parts);
    all.sort(BY_LOW);
    List<Interval> merged = new ArrayList<>();
    for (Interval next : all) {
      if (merged.isEmpty()) {
        merged.add(next);
        continue;
      }
      Interval last = merged.get(merged.size() - 1);
      if (touches(last, next)) merged.set(merged.size() - 1, hull(last, next));
      else merged.add(next);
    }
    return new IntervalSet(merged);
  }

  /** Whether {@code next} (which starts no earlier) overlaps or adjoins {@code last}. */
  private static boolean touches(Interval last, Interval next) {
    if (last.high() == null || next.low() == null) return true;
    int c = next.low().compareTo(last.high());
    return c < 0 || (c == 0 && (last.highClosed() || next.lowClosed()));
  }

  private static Interval hull(Interval a, Interval b) {
    if (a.high() == null) return a;
    if (b.high() == null) return new Interval(a.low(), a.lowClosed(), null, false);
    int c = b.high().compareTo(a.high());
    if (c > 0) return new Interval(a.low(), a.lowClosed(), b.high(), b.highClosed());
    if (c < 0) return a;
    return new Interval(a.low(), a.lowClosed(), a.high(), a.highClosed() || b.highClosed());
  }

  IntervalSet complement() {
    List<Interval> gaps = new ArrayList<>();
    java.math.BigDecimal from = null;
    boolean fromClosed = false;
    boolean unboundedStart = true;
    for (Interval p : parts) {
      if (p.low() != null) {
        Interval gap = unboundedStart
            ? Interval.of(null, false, p.low(), !p.lowClosed())
            : Interval.of(from, fromClosed, p.low(), !p.lowClosed());
        if (gap != null) gaps.add(gap);
      }
      if (p.high() == null) return new IntervalSet(gaps);
      unboundedStart = false;
      from = p.high();
      fromClosed = !p.highClosed();
    }
    gaps.add(unboundedStart ? Interval.ALL : new Interval(from, fromClosed, null, false));
    return new IntervalSet(gaps);
  }

  IntervalSet intersect(IntervalSet other) {
    return complement().union(other.complement()).complement();
  }

  IntervalSet minus(IntervalSet other) {
    return intersect(other.complement());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntervalSet s && describe("x").equals(s.describe("x"));
  }

  @Override
  public int hashCode() {
    return describe("x").hashCode();
  }

  String describe(String variable) {
    return describe(variable, Interval::plain);
  }

  String describe(String variable, java.util.function.Function<java.math.BigDecimal, String> number) {
    if (parts.isEmpty()) return "no " + variable;
    List<String> each = parts.stream().map(p -> p.describe(variable, number)).toList();
    return String.join(" or ", each);
  }

  @Override
  public String toString() {
    return describe("x");
  }
}
