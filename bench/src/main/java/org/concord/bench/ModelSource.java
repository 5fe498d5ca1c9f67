package org.concord.bench;

import java.util.function.Supplier;
import org.concord.api.Agreement;
import org.concord.api.Concord;
import org.concord.model.Model;

/**
 * Where a benchmark's model comes from: the checker's model of the agreement text when the
 * checker builds one, else the model built by hand in bench code (the checker's ModelBuilder
 * was written in parallel with the benchmarks). Results name which one ran.
 */
public record ModelSource(Model model, boolean checked) {
  public static ModelSource of(String name, String text, Supplier<Model> handBuilt) {
    Agreement a = Concord.fromText(name, text);
    if (!a.hasErrors() && a.model().isPresent()) return new ModelSource(a.model().get(), true);
    return new ModelSource(handBuilt.get(), false);
  }

  public String origin() {
    return checked ? "checked from text" : "hand-built (the checker built no model)";
  }
}
