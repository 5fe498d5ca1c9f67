package org.concord.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No stage reaches backwards (STYLE.md): each package may use only the stages before it. The
 * ANTLR-generated code stays inside `syntax`. Sub-packages count as their stage (check.rules is
 * check).
 */
class PipelineLayersTest {
  private static final Path SOURCES = Path.of("src/main/java/org/concord");

  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "diagnostic", Set.of(),
      "ast", Set.of("diagnostic"),
      "syntax", Set.of("diagnostic", "ast"),
      "model", Set.of("diagnostic"),
      "check", Set.of("diagnostic", "ast", "model"),
      "sim", Set.of("diagnostic", "model"),
      "report", Set.of("diagnostic", "ast", "model", "sim"),
      "api", Set.of("diagnostic", "ast", "syntax", "model", "check", "sim", "report"),
      "cli", Set.of("diagnostic", "ast", "syntax", "model", "check", "sim", "report", "api"));

  private static final Pattern CONCORD_REF = Pattern.compile("\\borg\\.concord\\.([a-z]+)\\b");

  @Test
  void noStageImportsALaterOne() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String stage = SOURCES.relativize(file).getName(0).toString();
        if (!ALLOWED.containsKey(stage)) {
          violations.add(file + " is in unknown package `" + stage + "`; add it to the pipeline map");
          continue;
        }
        Matcher m = CONCORD_REF.matcher(Files.readString(file));
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(stage) && !ALLOWED.get(stage).contains(used)) {
            violations.add(file + " (" + stage + ") uses org.concord." + used);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void antlrTypesStayInSyntax() throws IOException {
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (SOURCES.relativize(file).getName(0).toString().equals("syntax")) continue;
        String text = Files.readString(file);
        if (text.contains("org.antlr") || text.contains("ConcordParser") || text.contains("ConcordLexer")) {
          leaks.add(file.toString());
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
