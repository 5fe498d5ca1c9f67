package org.concord.report;

import java.util.Locale;

/**
 * Test outcomes in the JUnit XML format CI systems read: a `testsuites` root, one `testsuite` per
 * agreement file, one `testcase` per test block, a `failure` element with expected vs actual.
 */
public final class JUnitXml {
  private JUnitXml() {}

  public static String write(TestOutcome outcome) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"concord\" tests=\"").append(outcome.passed() + outcome.failed())
        .append("\" failures=\"").append(outcome.failed()).append("\">\n");
    for (TestOutcome.Suite suite : outcome.suites()) {
      long millis = suite.cases().stream().mapToLong(TestOutcome.Case::millis).sum();
      xml.append("  <testsuite name=\"").append(escape(suite.file())).append("\" tests=\"").append(suite.cases().size())
          .append("\" failures=\"").append(suite.failures()).append("\" errors=\"0\" skipped=\"0\" time=\"")
          .append(seconds(millis)).append("\">\n");
      for (TestOutcome.Case c : suite.cases()) {
        xml.append("    <testcase classname=\"").append(escape(suite.file())).append("\" name=\"").append(escape(c.name()))
            .append("\" file=\"").append(escape(suite.file())).append("\" time=\"").append(seconds(c.millis())).append('"');
        if (c.passed()) {
          xml.append("/>\n");
        } else {
          xml.append(">\n      <failure message=\"").append(escape(c.message())).append("\" type=\"expectation\">")
              .append(escape(c.location() + ": " + c.message() + (c.details() == null ? "" : "\n" + c.details())))
              .append("</failure>\n    </testcase>\n");
        }
      }
      xml.append("  </testsuite>\n");
    }
    return xml.append("</testsuites>\n").toString();
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /** XML-escapes text, dropping characters XML 1.0 cannot carry at all. */
  static String escape(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
          if (legal) out.appendCodePoint(cp);
        }
      }
    });
    return out.toString();
  }
}
