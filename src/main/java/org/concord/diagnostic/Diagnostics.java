package org.concord.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects diagnostics as a stage runs; stages add to it and never throw for a user's mistake. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public Diagnostic add(Diagnostic d) {
    items.add(d);
    return d;
  }

  public Diagnostic add(Code code, Span span, Object... args) {
    return add(Diagnostic.of(code, span, args));
  }

  public void addAll(List<Diagnostic> ds) {
    items.addAll(ds);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public int size() {
    return items.size();
  }

  /** All findings, in the deterministic report order. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }

  /**
   * The first of each repeated finding, in order. {@code sorted} is in {@link Diagnostic#ORDER},
   * so equal findings lie in one run of ties, and only such a run (rare) calls {@code equals}: a
   * hash set would link the records' {@code hashCode} (ObjectMethods bootstraps, which the AOT
   * cache does not keep) on every cold check with a finding (issue 7).
   */
  public static List<Diagnostic> distinct(List<Diagnostic> sorted) {
    List<Diagnostic> kept = new ArrayList<>(sorted.size());
    int run = 0; // where the run of ties of the last kept finding starts in `kept`
    for (Diagnostic d : sorted) {
      if (!kept.isEmpty() && Diagnostic.ORDER.compare(kept.getLast(), d) != 0) run = kept.size();
      if (!kept.subList(run, kept.size()).contains(d)) kept.add(d);
    }
    return kept;
  }
}
