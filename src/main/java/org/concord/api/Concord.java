package org.concord.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseLimits;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * The embedding API: load an agreement from a file or a string, check it, simulate it. This
 * package is the only surface Concord promises to keep stable.
 */
public final class Concord {
  private Concord() {}

  /** Loads and checks an agreement file. A file that cannot be read is a C0005 diagnostic. */
  public static Agreement load(Path file) {
    List<Diagnostic> problems = new ArrayList<>();
    SourceFile source = SourceLoader.read(file, problems);
    if (source == null) return new Agreement(new SourceFile(SourceLoader.display(file), ""), problems, null);
    return check(source);
  }

  /** Loads and checks agreement text; {@code name} is the file name diagnostics cite. */
  public static Agreement fromText(String name, String text) {
    return check(new SourceFile(name, text));
  }

  /** Whether {@code path} exists; a convenience for callers deciding between load and a usage error. */
  public static boolean exists(Path path) {
    return Files.exists(path);
  }

  private static Agreement check(SourceFile source) {
    ParseResult parsed = SourceParser.parse(source, ParseLimits.DEFAULT);
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    if (parsed.hasErrors() || parsed.agreement() == null) return new Agreement(source, diagnostics, null);
    CheckResult checked = Checker.check(List.of(new CheckUnit(parsed.agreement(), List.of())));
    diagnostics.addAll(checked.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    return new Agreement(source, diagnostics, checked.models().get(source.path()));
  }
}
