package org.concord.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * Something that happened in a period besides a flow: `breach`, `penalty`, `shortfall`, `cap`,
 * `dispute`, `ruling`, `unresolved`. {@code fields} say who and how much, as text, sorted by name.
 */
public record Event(int period, String kind, Map<String, String> fields) {
  public Event {
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }
}
