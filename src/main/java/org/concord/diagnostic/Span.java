package org.concord.diagnostic;

/**
 * A region of one source file: 1-based line and column of its first character, and of the
 * character just past its end. Every AST node and every diagnostic carries one.
 */
public record Span(String file, int line, int column, int endLine, int endColumn) {

  /** A span for things that have no text of their own (a whole file, a command-line input). */
  public static Span ofFile(String file) {
    return new Span(file, 1, 1, 1, 1);
  }

  /** The smallest span covering both; both must be in the same file. */
  public Span to(Span other) {
    return new Span(file, line, column, other.endLine, other.endColumn);
  }

  /** The empty span at this span's start: for "expected … here" messages. */
  public Span start() {
    return new Span(file, line, column, line, column);
  }

  /** Orders diagnostics as people read them: file, then line, then column. */
  public static int compare(Span a, Span b) {
    int c = a.file.compareTo(b.file);
    if (c != 0) return c;
    c = Integer.compare(a.line, b.line);
    return c != 0 ? c : Integer.compare(a.column, b.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
