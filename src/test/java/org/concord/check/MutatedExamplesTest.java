package org.concord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.concord.api.CheckReport;
import org.concord.api.Workspace;
import org.concord.diagnostic.Diagnostic;
import org.concord.syntax.ParseLimits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mistakes drafters make, made on purpose in copies of the real examples (a share changed, a
 * party renamed in one place, a dispute route removed …): each must give its documented code,
 * and the full findings — code, line, column, message — must match a golden file. Regenerate the
 * goldens with {@code -Dconcord.updateGolden=true} and review the diff.
 */
class MutatedExamplesTest {
  private static final Path EXAMPLES = Path.of("examples");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/mutations");
  private static final boolean UPDATE = Boolean.getBoolean("concord.updateGolden");

  static Stream<Arguments> mutations() throws IOException {
    return Files.readAllLines(Path.of("src/test/resources/mutations.tsv")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(f -> Arguments.of(f[0], f[1], f[2].replace("\\n", "\n"), f[3].replace("\\n", "\n"), f[4]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void mutationGivesItsCodeAtTheGoldenPlaces(String id, String file, String find, String replace, String code,
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    copyTree(EXAMPLES, dir);
    Path target = dir.resolve(file);
    String text = Files.readString(target);
    int at = text.indexOf(find);
    assertThat(at).as("`%s` must occur in %s", find, file).isGreaterThanOrEqualTo(0);
    Files.writeString(target, text.substring(0, at) + replace + text.substring(at + find.length()));

    CheckReport report = Workspace.check(List.of(target), List.of(dir), ParseLimits.DEFAULT);
    String prefix = dir.toString().replace('\\', '/') + "/";
    String actual = report.diagnostics().stream()
        .map(d -> line(d, prefix))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(report.diagnostics()).extracting(d -> d.code().name()).contains(code);

    Path golden = GOLDEN.resolve(id + ".txt");
    if (UPDATE || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual);
      if (!UPDATE) throw new AssertionError("no golden file " + golden + "; wrote one — review and commit it");
    }
    assertThat(actual).isEqualTo(Files.readString(golden));
  }

  private static String line(Diagnostic d, String prefix) {
    String file = d.span().file().replace('\\', '/');
    if (file.startsWith(prefix)) file = file.substring(prefix.length());
    return file + ":" + d.span().line() + ":" + d.span().column() + " " + d.severity().label() + "[" + d.code().name()
        + "] " + d.message().replace(prefix, "");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest);
      }
    }
  }
}
