package org.concord.diagnostic;

import java.util.Objects;

/**
 * The text of one agreement file, kept so renderers can show the offending line. Line starts are
 * found once, when first needed: a report of thousands of diagnostics on one file must not scan
 * the file once per diagnostic.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  private volatile int[] lineStarts;

  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path);
    this.text = Objects.requireNonNull(text);
  }

  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  /** The text of the 1-based line, without its line terminator; empty when out of range. */
  public String line(int number) {
    int[] starts = lineStarts();
    if (number < 1 || number > starts.length) return "";
    int start = starts[number - 1];
    int end = number < starts.length ? starts[number] : text.length();
    int trimmed = end;
    while (trimmed > start && (text.charAt(trimmed - 1) == '\n' || text.charAt(trimmed - 1) == '\r')) trimmed--;
    return text.substring(start, trimmed);
  }

  public int lineCount() {
    return lineStarts().length;
  }

  // Two threads may both compute the array; either result is the same, and volatile publishes it whole.
  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
      starts = new int[count];
      int n = 1;
      for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
      lineStarts = starts;
    }
    return starts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile s && s.path.equals(path) && s.text.equals(text);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + text.hashCode();
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + ", " + text.length() + " chars]";
  }
}
