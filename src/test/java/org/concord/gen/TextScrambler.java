package org.concord.gen;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Messes up the layout of agreement text without changing its tokens: every run of blanks
 * outside strings and comments becomes a random run (spaces, tabs, newlines, CRLF), and
 * comments can be added at line ends and on lines of their own. For formatter properties:
 * whatever the layout, `fmt` gives back the canonical text.
 */
public final class TextScrambler {
  private static final String[] RUNS = {" ", " ", " ", "  ", "\t", "\n", "\n\n", "\n    ", " \n\t ", "\r\n", "\n\n\n  "};

  private TextScrambler() {}

  /** The same tokens with random whitespace between them. */
  public static String scramble(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean afterComment = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        String run = RUNS[random.nextInt(RUNS.length)];
        if (afterComment && run.indexOf('\n') < 0) run = run + "\n";
        out.append(run);
        afterComment = false;
        i = j;
      } else if (c == '"') {
        int j = i + 1;
        while (text.charAt(j) != '"') j += text.charAt(j) == '\\' ? 2 : 1;
        out.append(text, i, j + 1);
        i = j + 1;
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        int j = text.indexOf('\n', i);
        if (j < 0) j = text.length();
        out.append(text, i, j);
        afterComment = true;
        i = j;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Adds comments `-- note N` at the ends of some lines and on lines of their own between
   * others; returns the text, and the comments in source order in {@code added}.
   */
  public static String withComments(String text, SplittableRandom random, List<String> added) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (String line : text.split("\n", -1)) {
      if (random.nextInt(5) == 0) {
        String c = "-- note " + n++ + " own line";
        out.append(" ".repeat(random.nextInt(5))).append(c).append('\n');
        added.add(c);
      }
      out.append(line);
      if (!line.isBlank() && !line.contains("--") && random.nextInt(4) == 0) {
        String c = "-- note " + n++ + " at the end";
        out.append(" ").append(c);
        added.add(c);
      }
      out.append('\n');
    }
    return out.toString();
  }
}
