package org.concord.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.diagnostic.Code;
import org.concord.report.Catalogue;
import org.junit.jupiter.api.Test;

/** The code catalogue (Code.java) and its documentation (spec/diagnostics.md) list the same codes. */
class CatalogueTest {
  private static final Path SPEC = Path.of("spec/diagnostics.md");

  @Test
  void everyCodeHasAnEntryAndEveryEntryACode() throws IOException {
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^### (C\\d{4})\\b").matcher(Files.readString(SPEC));
    while (m.find()) documented.add(m.group(1));
    Set<String> declared = new TreeSet<>();
    Arrays.stream(Code.values()).map(Code::name).forEach(declared::add);
    assertThat(documented).as("codes documented in spec/diagnostics.md").isEqualTo(declared);
  }

  @Test
  void everyEntryHasATriggeringExampleOrSaysHowItIsTested() throws IOException {
    String text = Files.readString(SPEC);
    for (Code code : Code.values()) {
      String entry = Catalogue.entry(code.name()).orElseThrow();
      boolean example = entry.contains("expect=" + code.name());
      boolean described = entry.toLowerCase().contains("tested");
      assertThat(example || described)
          .as("%s needs a ```concord expect=%s block, or a line saying how it is tested", code, code)
          .isTrue();
    }
    assertThat(text).contains("## C00xx");
  }

  @Test
  void explainPrintsTheSpecEntry() {
    assertThat(Catalogue.entry("C0002")).hasValueSatisfying(e -> assertThat(e).startsWith("### C0002"));
    assertThat(Catalogue.entry("C9999")).isEmpty();
  }
}
