package org.concord.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.concord.ast.Expr;
import org.concord.ast.PeriodLit;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.AccountKind;
import org.concord.model.Model;
import org.concord.sim.AccountResult;
import org.concord.sim.Flow;
import org.concord.sim.SimulationResult;

/**
 * The `expect` lines of one test: checked for unknown names first, then compared with a
 * simulated result. Money is compared exactly unless the test says `within E`. A failure says
 * what was expected, what came out, and lists the flows behind the actual value.
 */
final class TestExpectations {
  record Failure(String message, String trace) {}

  private final TestCase test;

  TestExpectations(TestCase test) {
    this.test = test;
  }

  /** True when the test only asserts diagnostics: it needs no simulation. */
  boolean onlyDiagnostics() {
    return !test.expectations().isEmpty()
        && test.expectations().stream().allMatch(e -> e instanceof TestCase.Reports);
  }

  String checkDiagnostics(List<Diagnostic> reported) {
    for (TestCase.Expectation e : test.expectations()) {
      if (e instanceof TestCase.Reports r && reported.stream().noneMatch(d -> d.code().name().equals(r.code().text()))) {
        return "expected diagnostic " + r.code().text() + ", got "
            + (reported.isEmpty() ? "none" : String.join(", ", reported.stream().map(d -> d.code().name()).distinct().toList()));
      }
    }
    return null;
  }

  /** Unknown accounts, periods outside the term, values that are not numbers. */
  List<Diagnostic> validate(Model model) {
    List<Diagnostic> problems = new ArrayList<>();
    for (TestCase.Expectation e : test.expectations()) {
      // instanceof, not a pattern switch: start-up (issue 7; see the check stage's package-info)
      if (e instanceof TestCase.Net n) {
        TestScenario.account(n.account(), model, problems);
        periodIfAny(n.period(), model, problems);
        value(n.value(), problems);
      } else if (e instanceof TestCase.Flow f) {
        TestScenario.account(f.from(), model, problems);
        TestScenario.account(f.to(), model, problems);
        periodIfAny(f.period(), model, problems);
        value(f.value(), problems);
      } else if (e instanceof TestCase.Balance b) {
        var account = model.account(b.fund().text());
        if (account == null || (account.kind() != AccountKind.FUND && account.kind() != AccountKind.ESCROW)) {
          problems.add(TestScenario.unknown(b.fund(), "a fund", model.accounts().stream()
              .filter(a -> a.kind() == AccountKind.FUND || a.kind() == AccountKind.ESCROW).map(a -> a.id()).toList()));
        }
        TestScenario.period(b.period(), model, problems);
        value(b.value(), problems);
      } else if (e instanceof TestCase.Event ev) {
        TestScenario.period(ev.period(), model, problems);
      } // TestCase.Reports: nothing to validate
    }
    if (test.tolerance() != null) value(test.tolerance(), problems);
    return problems;
  }

  private static void periodIfAny(PeriodLit p, Model model, List<Diagnostic> problems) {
    if (p != null) TestScenario.period(p, model, problems);
  }

  private static void value(Expr e, List<Diagnostic> problems) {
    if (TestRunner.constant(e) == null) problems.add(Diagnostic.of(Code.C1203, e.span(), "this expression"));
  }

  /** The first expectation that does not hold, or null when all do. */
  Failure check(SimulationResult result, List<Diagnostic> reported) {
    BigDecimal tolerance = test.tolerance() == null ? BigDecimal.ZERO : TestRunner.constant(test.tolerance()).abs();
    for (TestCase.Expectation e : test.expectations()) {
      Failure f = switch (e) {
        case TestCase.Net n -> {
          AccountResult a = result.account(n.account().text());
          int p = index(result, n.period());
          BigDecimal actual = p < 0 ? a.total() : a.net().get(p);
          yield compare("net " + n.account().text() + when(n.period()), n.value(), actual, tolerance, result,
              trace(result, a.slot(), -1, p));
        }
        case TestCase.Flow f2 -> {
          int from = result.account(f2.from().text()).slot();
          int to = result.account(f2.to().text()).slot();
          int p = index(result, f2.period());
          BigDecimal actual = result.flows().stream()
              .filter(fl -> fl.from() == from && fl.to() == to && (p < 0 || fl.period() == p))
              .map(Flow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
          yield compare("flow " + f2.from().text() + " to " + f2.to().text() + when(f2.period()), f2.value(), actual,
              tolerance, result, trace(result, from, to, p));
        }
        case TestCase.Balance b -> {
          AccountResult a = result.account(b.fund().text());
          int p = index(result, b.period());
          BigDecimal actual = a.balance().isEmpty() ? BigDecimal.ZERO : a.balance().get(p);
          yield compare("balance " + b.fund().text() + when(b.period()), b.value(), actual, tolerance, result,
              trace(result, a.slot(), -1, p));
        }
        case TestCase.Event ev -> {
          int p = index(result, ev.period());
          boolean found = result.events().stream().anyMatch(x -> x.period() == p && x.kind().equals(ev.kind().text())
              && (ev.subject() == null || x.fields().containsValue(ev.subject().text())));
          yield found ? null : new Failure("expected event " + ev.kind().text()
              + (ev.subject() == null ? "" : " of " + ev.subject().text()) + " in " + ev.period().text() + ", got "
              + describeEvents(result, p), null);
        }
        case TestCase.Reports r -> reported.stream().anyMatch(d -> d.code().name().equals(r.code().text())) ? null
            : new Failure("expected diagnostic " + r.code().text() + ", got none", null);
      };
      if (f != null) return f;
    }
    return null;
  }

  private static Failure compare(String what, Expr expectedExpr, BigDecimal actual, BigDecimal tolerance,
      SimulationResult result, String trace) {
    BigDecimal expected = TestRunner.constant(expectedExpr);
    if (actual.subtract(expected).abs().compareTo(tolerance) <= 0) return null;
    return new Failure("expected " + what + " = " + expected.toPlainString() + ", got " + result.format(actual), trace);
  }

  private static String when(PeriodLit p) {
    return p == null ? " total" : " in " + p.text();
  }

  private static int index(SimulationResult result, PeriodLit p) {
    return p == null ? -1 : result.periods().indexOf(p.text());
  }

  /** The flows touching {@code account} (and {@code other}, when ≥ 0) in period {@code p} (all when < 0). */
  private static String trace(SimulationResult result, int account, int other, int p) {
    StringBuilder out = new StringBuilder();
    for (Flow f : result.flows()) {
      boolean touches = other < 0 ? (f.from() == account || f.to() == account) : (f.from() == account && f.to() == other);
      if (!touches || (p >= 0 && f.period() != p)) continue;
      out.append("  ").append(result.periods().get(f.period())).append("  ")
          .append(result.accountId(f.from())).append(" -> ").append(result.accountId(f.to())).append("  ")
          .append(result.format(f.amount()))
          .append(f.article() == null ? "" : "  article " + f.article())
          .append(f.reason() == null || f.reason().isBlank() ? "" : "  (" + f.reason() + ")").append('\n');
    }
    return out.isEmpty() ? "  no flows" : out.toString().stripTrailing();
  }

  private static String describeEvents(SimulationResult result, int p) {
    List<String> kinds = result.events().stream().filter(x -> x.period() == p).map(x -> x.kind()).distinct().toList();
    return kinds.isEmpty() ? "no events then" : String.join(", ", kinds);
  }
}
