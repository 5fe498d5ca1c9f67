package org.concord.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.check.rules.Declared;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Diagnostics;
import org.concord.model.Model;

/**
 * The checking stage: parsed agreements in, diagnostics (and, for clean agreements, the
 * resolved model) out. Every rule runs over every agreement, so one run shows every finding.
 * A file imported by several units is looked at by each of them; a finding is reported once.
 */
public final class Checker {
  private Checker() {}

  public static CheckResult check(List<CheckUnit> units) {
    Diagnostics diagnostics = new Diagnostics();
    Map<String, Model> models = new LinkedHashMap<>();
    for (CheckUnit unit : units) {
      Diagnostics own = new Diagnostics();
      Model model = ModelBuilder.build(unit, own);
      Declared declared = Declared.of(unit);
      for (AgreementRule rule : Rules.perAgreement()) rule.check(unit, declared, own);
      List<Diagnostic> found = own.sorted();
      diagnostics.addAll(found);
      if (model != null && found.stream().noneMatch(Diagnostic::isError)) models.put(unit.agreement().file(), model);
    }
    for (SetRule rule : Rules.perSet()) rule.check(units, diagnostics);
    List<Diagnostic> all = Diagnostics.distinct(diagnostics.sorted());
    // A set rule's error in a file withdraws that file's model too.
    for (Diagnostic d : all) if (d.isError()) models.remove(d.span().file());
    return new CheckResult(all, models);
  }
}
