package org.concord.api;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.ast.Agreement;
import org.concord.ast.Import;
import org.concord.check.CheckResult;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;
import org.concord.syntax.ParseLimits;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * Reads, parses and checks a set of agreement files: the pipeline behind `concord check`.
 * Imports are read relative to the importing file, transitively, each file once; an import may
 * not lead out of the directory the user named (or, for a file named directly, its own
 * directory), so checking a folder never reads files outside it (spec/semantics.md, "Imports").
 */
public final class Workspace {
  private final ParseLimits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourceFile> sources = new LinkedHashMap<>();
  /** Parsed files by absolute normalised path; null when the file could not be read or parsed. */
  private final Map<Path, Agreement> parsed = new HashMap<>();
  /** For each checked file with tests, the model its tests run on. */
  private final Map<String, Model> testTargets = new LinkedHashMap<>();

  private Workspace(ParseLimits limits) {
    this.limits = limits;
  }

  /** Checks {@code files}, each one's imports confined to its own directory. */
  public static CheckReport check(List<Path> files, ParseLimits limits) {
    return check(files, List.of(), limits);
  }

  /**
   * Checks {@code files}; {@code roots} are the paths as given on the command line, and a file
   * found under a directory among them may import anything below that directory.
   */
  public static CheckReport check(List<Path> files, List<Path> roots, ParseLimits limits) {
    Workspace w = new Workspace(limits);
    CheckResult checked = w.run(files, roots);
    return new CheckReport(files.size(), w.diagnostics, w.sources, checked.models(), w.testTargets);
  }

  /** Like {@link #check(List, List, ParseLimits)}, returning the models of the files that checked clean. */
  public static Map<String, Model> models(List<Path> files, List<Path> roots, ParseLimits limits) {
    return new Workspace(limits).run(files, roots).models();
  }

  private CheckResult run(List<Path> files, List<Path> roots) {
    List<CheckUnit> units = new ArrayList<>();
    for (Path file : files) {
      Path absolute = absolute(file);
      Agreement agreement = load(file, absolute);
      // A file with syntax errors is not checked further: its AST has holes, and findings
      // about holes would only bury the syntax errors that explain them.
      if (agreement == null) continue;
      Map<Path, Agreement> imports = new LinkedHashMap<>();
      List<Path> chain = new ArrayList<>(List.of(absolute));
      if (resolve(agreement, file, root(file, absolute, roots), chain, imports)) {
        units.add(new CheckUnit(agreement, List.copyOf(imports.values())));
      }
    }
    CheckResult checked = Checker.check(units);
    diagnostics.addAll(checked.diagnostics());
    for (CheckUnit unit : units) {
      if (!unit.agreement().tests().isEmpty()) testTargets(unit, checked);
    }
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    List<Diagnostic> distinct = Diagnostics.distinct(sorted);
    diagnostics.clear();
    diagnostics.addAll(distinct);
    return checked;
  }

  /**
   * Adds the imports of {@code agreement} (written at {@code shown}) to {@code into}, each after
   * its own imports; false when one of them is missing, cyclic, outside the root or broken.
   */
  private boolean resolve(Agreement agreement, Path shown, Root root, List<Path> chain, Map<Path, Agreement> into) {
    boolean ok = true;
    Set<Path> seen = new HashSet<>();
    Path dir = shown.toAbsolutePath().normalize().getParent();
    Path shownDir = shown.getParent();
    for (Import imp : agreement.imports()) {
      Path target;
      Path targetShown;
      try {
        target = dir.resolve(imp.path()).normalize();
        targetShown = (shownDir == null ? Path.of(imp.path()) : shownDir.resolve(imp.path())).normalize();
      } catch (InvalidPathException e) {
        diagnostics.add(Diagnostic.of(Code.C0117, imp.span(), imp.path()));
        ok = false;
        continue;
      }
      if (!target.startsWith(root.absolute)) {
        diagnostics.add(Diagnostic.of(Code.C0119, imp.span(), imp.path(), root.shown));
        ok = false;
        continue;
      }
      if (!seen.add(target)) {
        diagnostics.add(Diagnostic.of(Code.C0120, imp.span(), imp.path()));
        continue;
      }
      int at = chain.indexOf(target);
      if (at >= 0) {
        StringBuilder cycle = new StringBuilder();
        for (Path p : chain.subList(at, chain.size())) cycle.append('`').append(p.getFileName()).append("` → ");
        cycle.append('`').append(target.getFileName()).append('`');
        diagnostics.add(Diagnostic.of(Code.C0118, imp.span(), imp.path(), cycle.toString()));
        ok = false;
        continue;
      }
      if (!Files.isRegularFile(target)) {
        diagnostics.add(Diagnostic.of(Code.C0117, imp.span(), imp.path()));
        ok = false;
        continue;
      }
      Agreement imported = load(targetShown, target);
      if (imported == null) {
        ok = false;
        continue;
      }
      chain.add(target);
      ok &= resolve(imported, targetShown, root, chain, into);
      chain.removeLast();
      into.putIfAbsent(target, imported);
    }
    return ok;
  }

  /**
   * Finds the model a file's tests run on — its own, or for a file of only tests the agreement
   * it imports first — and checks the tests' names and periods against it (C12xx), so that
   * `concord check` reports a broken test before `concord test` runs it.
   */
  private void testTargets(CheckUnit unit, CheckResult checked) {
    Agreement agreement = unit.agreement();
    Model target;
    if (agreement.header() != null) {
      target = checked.models().get(agreement.file());
    } else if (agreement.imports().isEmpty() || unit.imports().isEmpty()) {
      if (agreement.imports().isEmpty()) diagnostics.add(Diagnostic.of(Code.C1205, agreement.tests().get(0).span()));
      return;
    } else {
      // Imports are listed each after its own, so the first import's unit is everything before it.
      Agreement first = parsed.get(Path.of(agreement.file()).toAbsolutePath().getParent()
          .resolve(agreement.imports().get(0).path()).normalize());
      int at = unit.imports().indexOf(first);
      if (at < 0) return;
      // Checked in this run already (named on the command line too)? Then its model is at hand.
      target = checked.models().get(first.file());
      if (target == null) {
        CheckResult imported = Checker.check(List.of(new CheckUnit(first, unit.imports().subList(0, at))));
        target = imported.models().get(first.file());
      }
    }
    if (target == null) return;
    testTargets.put(agreement.file(), target);
    Path file = Path.of(agreement.file());
    for (var test : agreement.tests()) diagnostics.addAll(TestRunner.validate(file, test, target));
  }

  /** Reads and parses a file once; its problems are reported the first time. Null when it is unusable. */
  private Agreement load(Path shown, Path absolute) {
    if (parsed.containsKey(absolute)) return parsed.get(absolute);
    Agreement agreement = null;
    SourceFile source = SourceLoader.read(shown, diagnostics, limits.maxFileBytes());
    if (source != null) {
      sources.put(source.path(), source);
      ParseResult result = SourceParser.parse(source, limits);
      diagnostics.addAll(result.diagnostics());
      if (!result.hasErrors()) agreement = result.agreement();
    }
    parsed.put(absolute, agreement);
    return agreement;
  }

  /** The directory a file's imports must stay in, and how to name it to the user. */
  private record Root(Path absolute, String shown) {}

  /** The named directory the file was found under (the widest, if several), else the file's own directory. */
  private static Root root(Path file, Path absoluteFile, List<Path> roots) {
    Root best = null;
    for (Path r : roots) {
      Path a = absolute(r);
      if (Files.isDirectory(a) && absoluteFile.startsWith(a)
          && (best == null || a.getNameCount() < best.absolute.getNameCount())) {
        best = new Root(a, SourceLoader.display(r));
      }
    }
    if (best != null) return best;
    Path parent = absoluteFile.getParent();
    Path shownParent = file.normalize().getParent();
    return new Root(parent == null ? absoluteFile.getRoot() : parent,
        shownParent == null ? "." : SourceLoader.display(shownParent));
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
