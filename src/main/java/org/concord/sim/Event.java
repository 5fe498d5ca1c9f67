package org.concord.sim;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Something that happened in a period besides a flow: `breach`, `penalty`, `shortfall`, `cap`,
 * `dispute`, `ruling`, `unresolved`. {@code fields} say who and how much, as text, sorted by name.
 */
public record Event(int period, String kind, Map<String, String> fields) {
  public Event {
    // the interpreter's own field maps are sorted already and never written again: no second copy
    if (!(fields instanceof Later)) {
      fields = Collections.unmodifiableMap(fields instanceof Fields ? fields : new TreeMap<>(fields));
    }
  }

  /** Fields as the interpreter writes them ({@link Run#fields}): sorted, and handed over once written. */
  static final class Fields extends TreeMap<String, String> {}

  /**
   * Fields written when first read, from values that no longer change: a dispute's event is made
   * in every run that raises one, and runs whose events nobody reads (scenario batches) then write
   * no text for them, as {@link Ledger} makes no {@link Flow} nobody reads. Unmodifiable; read
   * from several threads, the text may be written twice, the same both times.
   */
  static final class Later extends AbstractMap<String, String> {
    private final Supplier<Fields> write;
    private volatile Map<String, String> written;

    Later(Supplier<Fields> write) {
      this.write = write;
    }

    private Map<String, String> written() {
      Map<String, String> w = written;
      if (w == null) written = w = Collections.unmodifiableMap(write.get());
      return w;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return written().entrySet();
    }

    @Override
    public String get(Object key) {
      return written().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return written().containsKey(key);
    }
  }
}
