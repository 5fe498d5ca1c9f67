package org.concord.api;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concord.ast.Name;
import org.concord.ast.PeriodLit;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.AccountKind;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;
import org.concord.sim.scenario.ScenarioReader;

/**
 * The scenario a test block describes: a scenario file if it names one, then its inline values
 * (which override the file's) and events. Every unknown name or period is a diagnostic at its
 * place in the test; the scenario is null when there are any.
 */
record TestScenario(Scenario scenario, List<Diagnostic> diagnostics) {

  static TestScenario build(Path testFile, TestCase test, Model model) {
    List<Diagnostic> problems = new ArrayList<>();
    Scenario.Builder builder = Scenario.builder(model);
    for (TestCase.Given given : test.givens()) {
      // instanceof, not a pattern switch: start-up (issue 7; see the check stage's package-info)
      if (given instanceof TestCase.ScenarioFile f) {
        fromFile(testFile, f, model, builder, problems);
      } else if (given instanceof TestCase.Values v) {
        values(v, model, builder, problems);
      } else if (given instanceof TestCase.Dispute d) {
        int period = period(d.period(), model, problems);
        Ruling ruling = d.ruling() == null ? null : ruling(d.ruling(), problems);
        if (period >= 0) builder.event(new ScenarioEvent.Dispute(d.article(), period, ruling));
      } else if (given instanceof TestCase.Default d) {
        int party = account(d.party(), model, problems);
        int period = period(d.period(), model, problems);
        boolean known = model.all(Provision.Obligation.class).stream().anyMatch(o -> o.id().equals(d.obligation().text()));
        if (!known) {
          problems.add(unknown(d.obligation(), "an obligation",
              model.all(Provision.Obligation.class).stream().map(Provision.Obligation::id).toList()));
        }
        if (party >= 0 && period >= 0 && known) builder.event(new ScenarioEvent.Default(party, d.obligation().text(), period));
      }
    }
    boolean bad = problems.stream().anyMatch(Diagnostic::isError);
    return new TestScenario(bad ? null : builder.build(), problems);
  }

  private static void fromFile(Path testFile, TestCase.ScenarioFile f, Model model, Scenario.Builder into, List<Diagnostic> problems) {
    ScenarioReader.Result read = ScenarioReader.read(TestRunner.resolve(testFile, f.path()), model);
    if (read.hasErrors()) {
      String why = read.diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::message).orElse("");
      problems.add(Diagnostic.of(Code.C1204, f.span(), f.path(), why));
      return;
    }
    Scenario s = read.scenario();
    for (Input in : model.inputs()) {
      int rows = in.byParty() ? model.accounts().size() : 1;
      for (int row = 0; row < rows; row++) {
        for (int p = 0; p < model.term().size(); p++) {
          BigDecimal v = s.value(in.slot(), row, p);
          if (v != null) into.value(in.slot(), row, p, v);
        }
      }
    }
    s.events().forEach(into::event);
  }

  private static void values(TestCase.Values v, Model model, Scenario.Builder into, List<Diagnostic> problems) {
    Input input = model.input(v.input().text());
    if (input == null) {
      problems.add(unknown(v.input(), "an input", model.inputs().stream().map(Input::id).toList()));
      return;
    }
    List<Integer> rows = new ArrayList<>();
    if (v.party() != null) {
      int party = account(v.party(), model, problems);
      if (party < 0) return;
      rows.add(party);
    } else if (input.byParty()) {
      model.accounts().stream().filter(a -> a.kind() == AccountKind.PARTY).forEach(a -> rows.add(a.slot()));
    } else {
      rows.add(0);
    }
    for (TestCase.GivenValue gv : v.values()) {
      BigDecimal value = TestRunner.constant(gv.value());
      if (value == null) {
        problems.add(Diagnostic.of(Code.C1203, gv.value().span(), sourceText(gv)));
        continue;
      }
      if (gv.period() == null) {
        for (int row : rows) into.constant(input.slot(), row, value);
      } else {
        int period = period(gv.period(), model, problems);
        if (period >= 0) for (int row : rows) into.value(input.slot(), row, period, value);
      }
    }
  }

  private static String sourceText(TestCase.GivenValue gv) {
    return switch (gv.value()) {
      case org.concord.ast.Expr.Ref r -> r.name().text();
      case org.concord.ast.Expr.Call c -> c.function().text() + "(…)";
      default -> "this expression";
    };
  }

  static int period(PeriodLit p, Model model, List<Diagnostic> problems) {
    int index = model.term().indexOf(p.text());
    if (index < 0) {
      String range = model.term().label(0) + " to " + model.term().label(model.term().size() - 1);
      problems.add(Diagnostic.of(Code.C1202, p.span(), p.text(), range));
    }
    return index;
  }

  static int account(Name name, Model model, List<Diagnostic> problems) {
    var account = model.account(name.text());
    if (account == null) {
      problems.add(unknown(name, "an account", model.accounts().stream().map(a -> a.id()).toList()));
      return -1;
    }
    return account.slot();
  }

  private static Ruling ruling(Name name, List<Diagnostic> problems) {
    try {
      return Ruling.valueOf(name.text().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(unknown(name, "a ruling", List.of("upheld", "reversed", "split")));
      return null;
    }
  }

  static Diagnostic unknown(Name name, String what, List<String> known) {
    String plural = what.replaceFirst("^an? ", "") + "s: ";
    String list = known.isEmpty() ? "(none declared)" : "`" + String.join("`, `", known) + "`";
    return Diagnostic.of(Code.C1201, name.span(), what, name.text(), plural, list);
  }
}
