package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.concord.ast.Agreement;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.model.Model;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/** Test helper: agreement text in, the checker's findings and model out. */
record Checked(List<Diagnostic> diagnostics, Model model) {
  static Agreement parse(String file, String text) {
    ParseResult parsed = SourceParser.parse(new SourceFile(file, text));
    assertThat(parsed.diagnostics()).as("syntax errors in %s", file).filteredOn(Diagnostic::isError).isEmpty();
    return parsed.agreement();
  }

  static Checked of(String text, String... imports) {
    List<Agreement> imported = new ArrayList<>();
    for (int i = 0; i < imports.length; i++) imported.add(parse("import" + i + ".concord", imports[i]));
    Agreement a = parse("test.concord", text);
    CheckResult r = Checker.check(List.of(new CheckUnit(a, imported)));
    return new Checked(r.diagnostics(), r.models().get("test.concord"));
  }

  List<Code> codes() {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }

  List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  Diagnostic only(Code code) {
    List<Diagnostic> ds = diagnostics.stream().filter(d -> d.code() == code).toList();
    assertThat(ds).as("diagnostics %s in %s", code, diagnostics).hasSize(1);
    return ds.getFirst();
  }

  /** No errors, and no names, types or periods warnings (other rule groups may warn). */
  Checked clean() {
    assertThat(errors()).as("errors").isEmpty();
    assertThat(diagnostics).extracting(d -> d.code().name().substring(0, 3)).as("codes")
        .doesNotContain("C01", "C02", "C04");
    assertThat(model).isNotNull();
    return this;
  }
}
