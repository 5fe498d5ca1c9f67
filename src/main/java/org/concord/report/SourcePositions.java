package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * Positions in the original text, for the formatter's comment placement. A position is a line
 * and a column packed into one comparable {@code long}; columns count code points, as the
 * parser's spans do. The few keywords the AST keeps no span for (`else`, `contested`, `all
 * parties consent`) are found by a small scan that skips comments and strings.
 */
final class SourcePositions {
  private final int[] codePoints;
  private final List<Integer> lineStarts = new ArrayList<>();

  SourcePositions(String text) {
    codePoints = text.codePoints().toArray();
    lineStarts.add(0);
    for (int i = 0; i < codePoints.length; i++) {
      if (codePoints[i] == '\n') lineStarts.add(i + 1);
    }
  }

  static long of(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static long start(Span span) {
    return of(span.line(), span.column());
  }

  static long end(Span span) {
    return of(span.endLine(), span.endColumn());
  }

  /** Whether only blanks precede this position on its line: a comment on a line of its own. */
  boolean startsLine(Span span) {
    int at = index(span.line(), span.column());
    for (int i = lineStarts.get(span.line() - 1); i < at; i++) {
      if (!Character.isWhitespace(codePoints[i])) return false;
    }
    return true;
  }

  /**
   * The position of the first word token {@code word} in [from, to), skipping comments and
   * strings; -1 when there is none.
   */
  long find(String word, long from, long to) {
    int i = index(from);
    int stop = Math.min(index(to), codePoints.length);
    while (i < stop) {
      int c = codePoints[i];
      if (c == '-' && i + 1 < codePoints.length && codePoints[i + 1] == '-') {
        while (i < codePoints.length && codePoints[i] != '\n' && codePoints[i] != '\r') i++;
      } else if (c == '"') {
        i++;
        while (i < codePoints.length && codePoints[i] != '"' && codePoints[i] != '\n') {
          i += codePoints[i] == '\\' ? 2 : 1;
        }
        i++;
      } else if (isWordChar(c)) {
        int begin = i;
        while (i < codePoints.length && isWordChar(codePoints[i])) i++;
        if (matches(word, begin, i)) return position(begin);
      } else {
        i++;
      }
    }
    return -1;
  }

  private boolean matches(String word, int begin, int end) {
    if (end - begin != word.length()) return false;
    for (int k = 0; k < word.length(); k++) {
      if (codePoints[begin + k] != word.charAt(k)) return false;
    }
    return true;
  }

  private static boolean isWordChar(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  private int index(long position) {
    return index((int) (position >>> 32), (int) position);
  }

  private int index(int line, int column) {
    if (line < 1) return 0;
    if (line > lineStarts.size()) return codePoints.length;
    return Math.min(codePoints.length, lineStarts.get(line - 1) + column - 1);
  }

  private long position(int index) {
    int line = 0;
    int lo = 0;
    int hi = lineStarts.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (lineStarts.get(mid) <= index) {
        line = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return of(line + 1, index - lineStarts.get(line) + 1);
  }
}
