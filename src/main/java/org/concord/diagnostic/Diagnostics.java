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
}
