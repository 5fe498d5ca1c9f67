package org.concord.api;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    List<TestOutcome.Suite> suites = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, SourceFile> sources = new LinkedHashMap<>();
    for (Path file : files) {
      TestOutcome.Suite suite = runFile(file, diagnostics, sources);
      if (suite != null) suites.add(suite);
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new Report(new TestOutcome(suites), diagnostics, sources);
  }

  private static TestOutcome.Suite runFile(Path file, List<Diagnostic> diagnostics, Map<String, SourceFile> sources) {
    SourceFile source = SourceLoader.read(file, diagnostics);
    if (source == null) return null;
    sources.put(source.path(), source);
    ParseResult parsed = SourceParser.parse(source, ParseLimits.DEFAULT);
    if (parsed.hasErrors() || parsed.agreement() == null) {
      diagnostics.addAll(parsed.diagnostics());
      return null;
    }
    List<TestCase> tests = parsed.agreement().tests();
    if (tests.isEmpty()) return null;

    Agreement underTest = agreementUnderTest(file, parsed, diagnostics);
    if (underTest == null) return null;
    sources.put(underTest.source().path(), underTest.source());
    List<TestOutcome.Case> cases = new ArrayList<>();
    for (TestCase test : tests) cases.add(runTest(file, test, underTest, diagnostics));
    return new TestOutcome.Suite(source.path(), cases);
  }

  /** The file itself when it has a header; else the first agreement it imports. */
  private static Agreement agreementUnderTest(Path file, ParseResult parsed, List<Diagnostic> diagnostics) {
    var ast = parsed.agreement();
    if (ast.header() != null) return Concord.load(file);
    if (ast.imports().isEmpty()) {
      diagnostics.add(Diagnostic.of(org.concord.diagnostic.Code.C1205, ast.tests().get(0).span()));
      return null;
    }
    Path imported = resolve(file, ast.imports().get(0).path());
    if (!Files.isRegularFile(imported)) return null; // the checker reports the missing import
    return Concord.load(imported);
  }

  static Path resolve(Path from, String relative) {
    Path dir = from.toAbsolutePath().getParent();
    return dir == null ? Path.of(relative) : dir.resolve(relative).normalize();
  }

  private static TestOutcome.Case runTest(Path file, TestCase test, Agreement underTest, List<Diagnostic> diagnostics) {
    long start = System.nanoTime();
    String location = test.span().toString();
    TestExpectations expectations = new TestExpectations(test);
    boolean wantsDiagnostics = expectations.onlyDiagnostics();
    if (underTest.hasErrors() && !wantsDiagnostics) {
      diagnostics.add(Diagnostic.of(org.concord.diagnostic.Code.C1206, test.span())
          .withLabel(underTest.diagnostics().get(0).span(), "first error of the agreement"));
      return failed(test, location, "the agreement under test has errors", null, start);
    }
    if (wantsDiagnostics) {
      String failure = expectations.checkDiagnostics(underTest.diagnostics());
      return failure == null ? passed(test, location, start) : failed(test, location, failure, null, start);
    }
    Model model = underTest.model().orElseThrow();
    TestScenario built = TestScenario.build(file, test, model);
    diagnostics.addAll(built.diagnostics());
    List<Diagnostic> problems = expectations.validate(model);
    diagnostics.addAll(problems);
    if (built.scenario() == null || problems.stream().anyMatch(Diagnostic::isError)) {
      return failed(test, location, "the test has errors (see above)", null, start);
    }
    SimulationResult result = Simulator.simulate(model, built.scenario());
    if (result.hasErrors()) {
      diagnostics.addAll(result.diagnostics());
      return failed(test, location, "the simulation reported errors (see above)", null, start);
    }
    TestExpectations.Failure failure = expectations.check(result, underTest.diagnostics());
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

  /** A test's constant value: a number, a percentage (as a fraction), or either negated; null otherwise. */
  static BigDecimal constant(org.concord.ast.Expr e) {
    return switch (e) {
      case org.concord.ast.Expr.Number n -> n.value();
      case org.concord.ast.Expr.Percent p -> p.fraction();
      case org.concord.ast.Expr.Unary u when u.op() == org.concord.ast.Expr.UnaryOp.NEGATE -> {
        BigDecimal inner = constant(u.operand());
        yield inner == null ? null : inner.negate();
      }
      default -> null;
    };
  }
}
