package org.concord.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The diagnostics catalogue, spec/diagnostics.md, as shipped in the jar: `concord explain` prints
 * an entry from it, so the explanation a user reads is the one the spec (and its tests) hold.
 */
public final class Catalogue {
  private static final String RESOURCE = "/org/concord/spec/diagnostics.md";

  private Catalogue() {}

  /** The entry for {@code code} (from its `### CODE` heading to the next heading), if there is one. */
  public static Optional<String> entry(String code) {
    String text = text();
    Matcher m = Pattern.compile("(?m)^### " + Pattern.quote(code) + "\\b.*$").matcher(text);
    if (!m.find()) return Optional.empty();
    int start = m.start();
    Matcher next = Pattern.compile("(?m)^##").matcher(text);
    int end = next.find(m.end()) ? next.start() : text.length();
    return Optional.of(text.substring(start, end).strip() + "\n");
  }

  private static String text() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) return "";
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
