package org.concord.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** The text of one agreement file, kept so renderers can show the offending line. */
public record SourceFile(String path, String text) {

  /** The text of the 1-based line, without its line terminator; empty when out of range. */
  public String line(int number) {
    List<Integer> starts = lineStarts();
    if (number < 1 || number > starts.size()) return "";
    int start = starts.get(number - 1);
    int end = number < starts.size() ? starts.get(number) : text.length();
    String line = text.substring(start, end);
    return line.replaceAll("[\r\n]+$", "");
  }

  public int lineCount() {
    return lineStarts().size();
  }

  private List<Integer> lineStarts() {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') starts.add(i + 1);
    }
    return starts;
  }
}
