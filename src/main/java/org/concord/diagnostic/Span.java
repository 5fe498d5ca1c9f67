package org.concord.diagnostic;

import java.util.Objects;

/**
 * A region of one source file: 1-based line and column of its first character, and of the
 * character just past its end. Every AST node and every diagnostic carries one.
 *
 * <p>A value like a record, but not one: an AST holds a span per node and name (hundreds per
 * file, kept as long as the check runs), so the four coordinates are packed 16 bits each into one
 * long, which makes a span 24 bytes instead of 32. The rare span with a coordinate past 65,535 (a
 * very long line or file) keeps them unpacked in a {@link Wide} instead of the path.
 */
public final class Span {
  private static final int MAX_PACKED = 0xFFFF;

  /** The file's path, or a {@link Wide} holding it with coordinates that do not fit in 16 bits. */
  private final Object where;

  private final long packed;

  private record Wide(String file, int line, int column, int endLine, int endColumn) {}

  public Span(String file, int line, int column, int endLine, int endColumn) {
    Objects.requireNonNull(file);
    if (fits(line) && fits(column) && fits(endLine) && fits(endColumn)) {
      where = file;
      packed = (long) line << 48 | (long) column << 32 | (long) endLine << 16 | endColumn;
    } else {
      where = new Wide(file, line, column, endLine, endColumn);
      packed = 0;
    }
  }

  private static boolean fits(int coordinate) {
    return coordinate >= 0 && coordinate <= MAX_PACKED;
  }

  public String file() {
    return where instanceof Wide w ? w.file : (String) where;
  }

  public int line() {
    return where instanceof Wide w ? w.line : (int) (packed >>> 48) & MAX_PACKED;
  }

  public int column() {
    return where instanceof Wide w ? w.column : (int) (packed >>> 32) & MAX_PACKED;
  }

  public int endLine() {
    return where instanceof Wide w ? w.endLine : (int) (packed >>> 16) & MAX_PACKED;
  }

  public int endColumn() {
    return where instanceof Wide w ? w.endColumn : (int) packed & MAX_PACKED;
  }

  /** A span for things that have no text of their own (a whole file, a command-line input). */
  public static Span ofFile(String file) {
    return new Span(file, 1, 1, 1, 1);
  }

  /** The smallest span covering both; both must be in the same file. */
  public Span to(Span other) {
    return new Span(file(), line(), column(), other.endLine(), other.endColumn());
  }

  /** The empty span at this span's start: for "expected … here" messages. */
  public Span start() {
    return new Span(file(), line(), column(), line(), column());
  }

  /** Orders diagnostics as people read them: file, then line, then column. */
  public static int compare(Span a, Span b) {
    int c = a.file().compareTo(b.file());
    if (c != 0) return c;
    c = Integer.compare(a.line(), b.line());
    return c != 0 ? c : Integer.compare(a.column(), b.column());
  }

  // Whether a span is packed depends only on its coordinates, so equal spans are stored alike.
  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && s.packed == packed && s.where.equals(where);
  }

  @Override
  public int hashCode() {
    return 31 * where.hashCode() + Long.hashCode(packed);
  }

  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column();
  }
}
