package org.concord.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * Something that happened in a period besides a flow: `breach`, `penalty`, `shortfall`, `cap`,
 * `dispute`, `ruling`, `unresolved`. {@code fields} say who and how much, as text, sorted by name.
 */
public record Event(int period, String kind, Map<String, String> fields) {
  public Event {
    // the interpreter's own field maps are sorted already and never written again: no second copy
    fields = java.util.Collections.unmodifiableMap(fields instanceof Fields ? fields : new TreeMap<>(fields));
  }

  /** Fields as the interpreter writes them ({@link Run#fields}): sorted, and handed over once written. */
  static final class Fields extends TreeMap<String, String> {}
}
