package org.concord.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseLimits;

/**
 * The embedding API: load an agreement from a file or a string, check it, simulate it. This
 * package is the only surface Concord promises to keep stable.
 */
public final class Concord {
  private Concord() {}

  /**
   * Loads and checks an agreement file, with its imports read relative to it (and confined to
   * its directory). A file that cannot be read is a C0005 diagnostic, not an exception.
   */
  public static Agreement load(Path file) {
    CheckReport report = Workspace.check(List.of(file), ParseLimits.DEFAULT);
    String shown = SourceLoader.display(file);
    SourceFile source = report.sources().getOrDefault(shown, new SourceFile(shown, ""));
    return new Agreement(source, report.diagnostics(), report.models().get(shown));
  }

  /**
   * Checks agreement text; {@code name} is the file name diagnostics cite. Imports are not
   * available to text that has no file: load such agreements with {@link #load(Path)}.
   */
  public static Agreement fromText(String name, String text) {
    SourceFile source = new SourceFile(name, text);
    org.concord.syntax.ParseResult parsed = org.concord.syntax.SourceParser.parse(source, ParseLimits.DEFAULT);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.hasErrors() || parsed.agreement() == null) return new Agreement(source, diagnostics, null);
    var checked = org.concord.check.Checker.check(List.of(new org.concord.check.CheckUnit(parsed.agreement(), List.of())));
    diagnostics.addAll(checked.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    return new Agreement(source, diagnostics, checked.models().get(name));
  }
}
