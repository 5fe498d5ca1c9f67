package org.concord.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.check.CheckUnit;
import org.concord.check.Checker;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.syntax.ParseResult;
import org.concord.syntax.SourceParser;

/** Test helpers: parse agreement text (one file, or several split by `-- file: NAME` lines) and check it. */
final class Examples {
  private static final Pattern FILE = Pattern.compile("(?m)^-- file: *(\\S+)\\n");

  private Examples() {}

  static CheckUnit unit(String path, String text) {
    ParseResult parsed = SourceParser.parse(new SourceFile(path, text));
    assertThat(parsed.diagnostics()).as("syntax of %s", path).filteredOn(Diagnostic::isError).isEmpty();
    return new CheckUnit(parsed.agreement(), List.of());
  }

  /** The files of a block: `-- file: a.concord` lines split it; a block without them is one file. */
  static List<CheckUnit> units(String block) {
    Matcher m = FILE.matcher(block);
    List<CheckUnit> units = new ArrayList<>();
    String name = null;
    int from = 0;
    while (m.find()) {
      if (name != null) units.add(unit(name, block.substring(from, m.start())));
      name = m.group(1);
      from = m.end();
    }
    units.add(unit(name == null ? "example.concord" : name, block.substring(from)));
    return units;
  }

  static List<Diagnostic> check(String block) {
    return Checker.check(units(block)).diagnostics();
  }

  static List<Diagnostic> check(String block, String code) {
    return check(block).stream().filter(d -> d.code().name().equals(code)).toList();
  }

  /** The lines of each file that carry `-- expect: CODE`, as "file:line". */
  static List<String> expectedLines(String block, String code) {
    List<String> found = new ArrayList<>();
    Matcher m = FILE.matcher(block);
    List<int[]> cuts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    if (names.isEmpty()) {
      collect("example.concord", block, code, found);
    } else {
      for (int i = 0; i < names.size(); i++) {
        int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : block.length();
        collect(names.get(i), block.substring(cuts.get(i)[1], end), code, found);
      }
    }
    return found;
  }

  private static void collect(String file, String text, String code, List<String> found) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("-- expect: " + code)) found.add(file + ":" + (i + 1));
    }
  }

  static String at(Diagnostic d) {
    return d.span().file() + ":" + d.span().line();
  }
}
