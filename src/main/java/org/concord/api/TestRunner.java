package org.concord.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;
import org.concord.report.TestOutcome;
import org.concord.sim.SimulationResult;
import org.concord.sim.Simulator;
import org.concord.syntax.ParseLimits;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/**
 * Runs the `test` blocks of agreement files (`concord test`). A test block in an agreement file
 * tests that agreement; one in a file without a header (a sibling `NAME.test.concord`) tests the
 * agreement the file imports. Mistakes in a test (unknown names, periods outside the term, a
 * missing scenario) are diagnostics at the test's line, not failed or crashed runs.
 */
public final class TestRunner {
  /** Everything a run found: outcomes per file, diagnostics, and the sources they point into. */
  public record Report(TestOutcome outcome, List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    public Report {
      diagnostics = List.copyOf(diagnostics);
      sources = Map.copyOf(sources);
    }

    public boolean failed() {
      return outcome.failed() > 0 || diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private TestRunner() {}

  public static Report run(List<Path> files) {
    return run(files, List.of());
  }

  /** Runs the tests of {@code files}; {@code roots} are the paths as given (imports may not leave them). */
  public static Report run(List<Path> files, List<Path> roots) {
    CheckReport checked = Workspace.check(files, roots, ParseLimits.DEFAULT);
    // Warnings are `concord check`'s business; a test run shows what stops tests from running.
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics().stream().filter(Diagnostic::isError).toList());
    List<TestOutcome.Suite> suites = new ArrayList<>();
    java.util.Set<String> given = new java.util.HashSet<>(files.stream().map(SourceLoader::display).toList());
    for (SourceFile source : checked.sources().values()) {
      if (!given.contains(source.path())) continue; // an import
      ParseResult parsed = SourceParser.parse(source, ParseLimits.DEFAULT);
      if (parsed.agreement() == null || parsed.agreement().tests().isEmpty()) continue;
      Model target = checked.testTargets().get(source.path());
      List<TestOutcome.Case> cases = new ArrayList<>();
      for (TestCase test : parsed.agreement().tests()) {
        cases.add(runTest(Path.of(source.path()), test, target, checked.diagnostics(), diagnostics));
      }
      suites.add(new TestOutcome.Suite(source.path(), cases));
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new Report(new TestOutcome(suites), new ArrayList<>(new java.util.LinkedHashSet<>(diagnostics)), checked.sources());
  }

  /** The problems of one test against the model it runs on: unknown names, periods, values, scenario files. */
  static List<Diagnostic> validate(Path file, TestCase test, Model model) {
    List<Diagnostic> problems = new ArrayList<>(TestScenario.build(file, test, model).diagnostics());
    problems.addAll(new TestExpectations(test).validate(model));
    return problems;
  }

  private static TestOutcome.Case runTest(
      Path file, TestCase test, Model target, List<Diagnostic> checkFindings, List<Diagnostic> diagnostics) {
    long start = System.nanoTime();
    String location = test.span().toString();
    TestExpectations expectations = new TestExpectations(test);
    if (expectations.onlyDiagnostics()) {
      String failure = expectations.checkDiagnostics(checkFindings);
      return failure == null ? passed(test, location, start) : failed(test, location, failure, null, start);
    }
    if (target == null) {
      boolean explained = diagnostics.stream().anyMatch(d -> d.code() == org.concord.diagnostic.Code.C1205
          && d.span().file().equals(test.span().file()));
      if (!explained) diagnostics.add(Diagnostic.of(org.concord.diagnostic.Code.C1206, test.span()));
      return failed(test, location, "the agreement under test has errors", null, start);
    }
    // The check already reported this test's problems; here we only need to know there are some.
    TestScenario built = TestScenario.build(file, test, target);
    if (built.scenario() == null || expectations.validate(target).stream().anyMatch(Diagnostic::isError)) {
      return failed(test, location, "the test has errors (see above)", null, start);
    }
    SimulationResult result = Simulator.simulate(target, built.scenario());
    if (result.hasErrors()) {
      diagnostics.addAll(result.diagnostics());
      return failed(test, location, "the simulation reported errors (see above)", null, start);
    }
    TestExpectations.Failure failure = expectations.check(result, checkFindings);
    return failure == null ? passed(test, location, start) : failed(test, location, failure.message(), failure.trace(), start);
  }

  private static TestOutcome.Case passed(TestCase test, String location, long start) {
    return new TestOutcome.Case(test.name(), location, true, null, null, millis(start));
  }

  private static TestOutcome.Case failed(TestCase test, String location, String message, String trace, long start) {
    return new TestOutcome.Case(test.name(), location, false, message, trace, millis(start));
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  static Path resolve(Path from, String relative) {
    Path dir = from.toAbsolutePath().getParent();
    return dir == null ? Path.of(relative) : dir.resolve(relative).normalize();
  }

  /** A test's constant value: a number, a percentage (as a fraction), or either negated; null otherwise. */
  static BigDecimal constant(org.concord.ast.Expr e) {
    // instanceof, not a pattern switch: start-up (issue 7; see the check stage's package-info)
    if (e instanceof org.concord.ast.Expr.Number n) return n.value();
    if (e instanceof org.concord.ast.Expr.Percent p) return p.fraction();
    if (e instanceof org.concord.ast.Expr.Unary u && u.op() == org.concord.ast.Expr.UnaryOp.NEGATE) {
      BigDecimal inner = constant(u.operand());
      return inner == null ? null : inner.negate();
    }
    return null;
  }
}
