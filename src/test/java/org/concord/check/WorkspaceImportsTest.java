package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.model.Account;
import org.concord.model.Model;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports (spec/semantics.md, "Imports") and the C0117–C0120 examples of spec/diagnostics.md. */
class WorkspaceImportsTest {
  @TempDir Path dir;

  private static final String PARTIES = """
      agreement registry "Parties"
      parties
        anhui    "Anhui Province"    level province
        zhejiang "Zhejiang Province" level province
      """;

  private static String agreement(String id, String imports, String body) {
    return "agreement " + id + " \"" + id + "\"\n  term 2020 to 2022 yearly\n  currency CNY\n" + imports + body;
  }

  private static final String PAYS = "article 1 \"Compensation\"\n  zhejiang pays 100 to anhui\n";

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private CheckReport check(List<Path> files, List<Path> roots) {
    return Workspace.check(files, roots, ParseLimits.DEFAULT);
  }

  private static List<Diagnostic> of(CheckReport r, Code code) {
    return r.diagnostics().stream().filter(d -> d.code() == code).toList();
  }

  @Test
  void importedPartiesAreUsableAndComeFirst() throws IOException {
    write("parties.concord", PARTIES);
    Path xinan = write("xinan.concord", agreement("xinan", "import \"parties.concord\"\n", PAYS));
    CheckReport r = check(List.of(xinan), List.of(xinan));
    assertThat(r.hasErrors()).isFalse();
    Map<String, Model> models = Workspace.models(List.of(xinan), List.of(xinan), ParseLimits.DEFAULT);
    assertThat(models.values()).singleElement().satisfies(m ->
        assertThat(m.accounts()).extracting(Account::id).containsExactly("anhui", "zhejiang"));
  }

  @Test
  void transitiveImportsComeBeforeTheFilesThatImportThem() throws IOException {
    write("base.concord", "agreement base \"Base\"\nparties\n  central \"Central\" level national\n");
    write("parties.concord", "agreement registry \"Parties\"\nimport \"base.concord\"\n"
        + "parties\n  anhui \"A\" level province parent central\n  zhejiang \"Z\" level province parent central\n");
    Path xinan = write("xinan.concord", agreement("xinan", "import \"parties.concord\"\n", PAYS));
    Map<String, Model> models = Workspace.models(List.of(xinan), List.of(dir), ParseLimits.DEFAULT);
    assertThat(models.values()).singleElement().satisfies(m ->
        assertThat(m.accounts()).extracting(Account::id).containsExactly("central", "anhui", "zhejiang"));
  }

  @Test
  void c0117MissingImportAndItsFix() throws IOException {
    write("parties.concord", PARTIES);
    Path xinan = write("xinan.concord", agreement("xinan", "import \"partys.concord\"\n", PAYS));
    CheckReport r = check(List.of(xinan), List.of(dir));
    assertThat(of(r, Code.C0117)).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(4);
      assertThat(d.message()).isEqualTo("cannot find imported file `partys.concord`");
    });
    write("xinan.concord", agreement("xinan", "import \"parties.concord\"\n", PAYS));
    assertThat(check(List.of(xinan), List.of(dir)).hasErrors()).isFalse();
  }

  @Test
  void c0118CyclicImportAndItsFix() throws IOException {
    Path a = write("a.concord", "agreement a \"A\"\nimport \"b.concord\"\nparties\n  x \"X\" level county\n");
    Path b = write("b.concord", "agreement b \"B\"\nimport \"a.concord\"\nparties\n  y \"Y\" level county\n");
    CheckReport r = check(List.of(a, b), List.of(dir));
    assertThat(of(r, Code.C0118)).hasSize(2).allSatisfy(d -> assertThat(d.span().line()).isEqualTo(2));
    assertThat(of(r, Code.C0118)).extracting(Diagnostic::message)
        .contains("importing `b.concord` makes a cycle: `b.concord` → `a.concord` → `b.concord`");
    write("shared.concord", "agreement shared \"S\"\nparties\n  x \"X\" level county\n  y \"Y\" level county\n");
    write("a.concord", "agreement a \"A\"\nimport \"shared.concord\"\n");
    write("b.concord", "agreement b \"B\"\nimport \"shared.concord\"\n");
    assertThat(check(List.of(a, b), List.of(dir)).hasErrors()).isFalse();
  }

  @Test
  void c0119ImportOutsideTheDirectoryAndItsFix() throws IOException {
    write("parties.concord", PARTIES);
    Path own = write("sub/own.concord", agreement("own", "import \"../parties.concord\"\n", PAYS));
    Path sub = dir.resolve("sub");
    CheckReport r = check(List.of(own), List.of(sub));
    assertThat(of(r, Code.C0119)).singleElement().satisfies(d -> {
      assertThat(d.span().line()).isEqualTo(4);
      assertThat(d.message()).startsWith("`../parties.concord` is outside `").endsWith("sub`");
    });
    assertThat(check(List.of(own), List.of(dir)).hasErrors()).isFalse();
  }

  @Test
  void aFileNamedDirectlyMayImportOnlyBelowItsOwnDirectory() throws IOException {
    write("parties.concord", PARTIES);
    Path own = write("sub/own.concord", agreement("own", "import \"../parties.concord\"\n", PAYS));
    assertThat(of(check(List.of(own), List.of(own)), Code.C0119)).hasSize(1);
  }

  @Test
  void c0120DuplicateImportAndItsFix() throws IOException {
    write("parties.concord", PARTIES);
    Path xinan = write("xinan.concord",
        agreement("xinan", "import \"parties.concord\"\nimport \"parties.concord\"\n", PAYS));
    CheckReport r = check(List.of(xinan), List.of(dir));
    assertThat(of(r, Code.C0120)).singleElement().satisfies(d -> assertThat(d.span().line()).isEqualTo(5));
    assertThat(r.hasErrors()).isFalse();
    write("xinan.concord", agreement("xinan", "import \"parties.concord\"\n", PAYS));
    assertThat(check(List.of(xinan), List.of(dir)).hasErrors()).isFalse();
  }

  @Test
  void aFileImportedAndCheckedDirectlyReportsItsFindingsOnce() throws IOException {
    write("parties.concord", PARTIES + "inputs\n  P \"Index\" : numbr\n");
    Path xinan = write("xinan.concord", agreement("xinan", "import \"parties.concord\"\n", PAYS));
    CheckReport r = check(List.of(dir.resolve("parties.concord"), xinan), List.of(dir));
    assertThat(of(r, Code.C0206)).hasSize(1);
  }
}
