package org.concord.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Agreement;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseLimits;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/** Reads, parses and checks a set of agreement files: the pipeline behind `concord check`. */
public final class Workspace {
  private Workspace() {}

  public static CheckReport check(List<Path> files, ParseLimits limits) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    List<CheckUnit> parsed = new ArrayList<>();
    for (Path file : files) {
      SourceFile source = SourceLoader.read(file, diagnostics);
      if (source == null) continue;
      sources.put(source.path(), source);
      ParseResult result = SourceParser.parse(source, limits);
      diagnostics.addAll(result.diagnostics());
      // A file with syntax errors is not checked further: its AST has holes, and findings
      // about holes would only bury the syntax errors that explain them.
      if (!result.hasErrors() && result.agreement() != null) parsed.add(new CheckUnit(result.agreement(), List.of()));
    }
    CheckResult checked = Checker.check(parsed);
    diagnostics.addAll(checked.diagnostics());
    diagnostics.sort(Diagnostic.ORDER);
    return new CheckReport(files.size(), diagnostics, sources);
  }
}
