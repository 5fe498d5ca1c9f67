package org.concord.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Events whose fields are written when first read ({@link Event.Later}) must read like any
 * other event: sorted, unmodifiable, equal to the same fields written at once, and written once.
 */
class EventTest {
  @Test
  void fieldsWrittenLaterAreWrittenOnFirstReadOnlyAndReadAsTheSameFieldsWrittenAtOnce() {
    AtomicInteger writes = new AtomicInteger();
    Event later = new Event(3, "dispute", new Event.Later(() -> {
      writes.incrementAndGet();
      return Run.fields("route", "article 4", "article", "3", "contested", "200.00", "costs", null);
    }));
    assertEquals(0, writes.get(), "nothing is written before the fields are read");

    Event now = new Event(3, "dispute", Map.of("article", "3", "contested", "200.00", "route", "article 4"));
    assertEquals(now, later);
    assertEquals(now.hashCode(), later.hashCode());
    assertEquals(List.of("article", "contested", "route"), List.copyOf(later.fields().keySet()));
    assertEquals("200.00", later.fields().get("contested"));
    assertEquals(now.toString(), later.toString());
    assertEquals(1, writes.get(), "the fields are written once, however often they are read");
  }

  @Test
  void fieldsWrittenLaterCannotBeChanged() {
    Map<String, String> fields = new Event(0, "unresolved", new Event.Later(() -> Run.fields("article", "3"))).fields();
    assertThrows(UnsupportedOperationException.class, () -> fields.put("article", "4"));
    assertThrows(UnsupportedOperationException.class, () -> fields.remove("article"));
    assertThrows(UnsupportedOperationException.class, () -> fields.entrySet().iterator().next().setValue("4"));
    assertThrows(UnsupportedOperationException.class, fields::clear);
    assertEquals(new TreeMap<>(Map.of("article", "3")), fields);
  }
}
