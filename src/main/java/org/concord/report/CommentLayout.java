package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import org.concord.ast.Comment;

/**
 * Puts the drafter's comments back into formatted lines. Each line knows the source position of
 * the code it starts with (its anchor). A comment that had a line of its own goes before the first
 * line anchored after it, at that line's indentation; a comment that followed code goes at the
 * end of the line anchored last before it. When two such comments land on one line, the earlier
 * ones move above it, so no comment swallows another. Comments after the last line end the file.
 *
 * <p>Formatting twice gives the same text: in formatted output every comment is directly above,
 * or at the end of, the line it was attached to.
 */
final class CommentLayout {
  /**
   * One formatted line; {@code anchor} is a {@link SourcePositions} position, or -1 for none.
   * Comments above it are indented by {@code commentIndent}: the line's own indentation, or the
   * block body's for the lines that close a block (`else`, `end`), whose comments are about the
   * body they end.
   */
  record Line(int indent, String text, long anchor, boolean blankBefore, int commentIndent) {}

  private CommentLayout() {}

  static String render(List<Line> lines, List<Comment> comments, SourcePositions source) {
    int n = lines.size();
    List<List<String>> above = new ArrayList<>();
    List<List<String>> after = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      above.add(new ArrayList<>());
      after.add(new ArrayList<>());
    }
    List<String> atEnd = new ArrayList<>();
    int[] order = byAnchor(lines);
    for (Comment c : comments) {
      String text = c.text().stripTrailing();
      long at = SourcePositions.start(c.span());
      boolean ownLine = source == null || source.startsLine(c.span());
      int split = upperBound(lines, order, at);
      if (!ownLine && split > 0) after.get(order[split - 1]).add(text);
      else if (split < order.length) above.get(order[split]).add(text);
      else atEnd.add(text);
    }

    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      String indent = " ".repeat(line.indent());
      if (line.blankBefore()) out.append('\n');
      List<String> trailing = after.get(i);
      List<String> before = new ArrayList<>(above.get(i));
      if (trailing.size() > 1) before.addAll(trailing.subList(0, trailing.size() - 1));
      for (String c : before) out.append(" ".repeat(line.commentIndent())).append(c).append('\n');
      out.append(indent).append(line.text());
      if (!trailing.isEmpty()) out.append(' ').append(trailing.getLast());
      out.append('\n');
    }
    if (!atEnd.isEmpty() && n > 0) out.append('\n');
    for (String c : atEnd) out.append(c).append('\n');
    return out.toString();
  }

  /** Line indices with an anchor, ordered by anchor (then by output order), for binary search. */
  private static int[] byAnchor(List<Line> lines) {
    return java.util.stream.IntStream.range(0, lines.size())
        .filter(i -> lines.get(i).anchor() >= 0)
        .boxed()
        .sorted(java.util.Comparator.<Integer>comparingLong(i -> lines.get(i).anchor()).thenComparing(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The first index in {@code order} whose anchor is greater than {@code at}. */
  private static int upperBound(List<Line> lines, int[] order, long at) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lines.get(order[mid]).anchor() <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
