package org.concord.syntax;

import java.util.List;
import org.antlr.v4.runtime.Token;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;

/**
 * One pass over the raw tokens before parsing: reports stray characters, unterminated strings
 * and over-long numbers, and measures nesting (brackets, `if`/`for`…`end` blocks and runs of
 * prefix operators) so that too-deep input is refused before the recursive parser sees it.
 */
final class TokenScan {
  private final String file;
  private final ParseLimits limits;
  private int depth;
  private int prefixRun;
  private String previous;
  private boolean tooDeep;

  TokenScan(String file, ParseLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Records findings about {@code t}; returns whether the parser should see it. */
  boolean accept(Token t, List<Diagnostic> out) {
    switch (t.getType()) {
      case ConcordLexer.STRAY -> {
        out.add(Diagnostic.of(Code.C0003, span(t), printable(t.getText())));
        return false;
      }
      case ConcordLexer.UNTERMINATED_STRING -> {
        out.add(Diagnostic.of(Code.C0002, span(t)));
        return false;
      }
      case ConcordLexer.NUMBER, ConcordLexer.PERCENT -> {
        long digits = t.getText().chars().filter(Character::isDigit).count();
        if (digits > limits.maxDigits()) out.add(Diagnostic.of(Code.C0009, span(t), digits, limits.maxDigits()));
      }
      default -> {}
    }
    if (t.getChannel() != Token.DEFAULT_CHANNEL) return true;
    // the lexer's literal table, not the token's text: asking each token for it would copy it out of the source
    String text = SourceLexer.literal(t.getType());
    switch (text) {
      case "(", "[", "test" -> open(t, out);
      case "if" -> {
        if (!"else".equals(previous)) open(t, out); // `else if` continues its `if`: one `end` closes both
      }
      case "each" -> {
        if ("for".equals(previous)) open(t, out); // `for each … end`, not `for 3 years`
      }
      case ")", "]", "end" -> depth = Math.max(0, depth - 1);
      default -> {}
    }
    // `- - - x` and `not not x` nest as deeply as parentheses do.
    prefixRun = (text.equals("-") || text.equals("not")) ? prefixRun + 1 : 0;
    previous = text;
    if (prefixRun > limits.maxDepth() && !tooDeep) report(span(t), prefixRun, out);
    return true;
  }

  boolean tooDeep() {
    return tooDeep;
  }

  private void open(Token t, List<Diagnostic> out) {
    depth++;
    if (depth > limits.maxDepth() && !tooDeep) report(span(t), depth, out);
  }

  private void report(Span span, int level, List<Diagnostic> out) {
    tooDeep = true;
    out.add(Diagnostic.of(Code.C0007, span, level, limits.maxDepth()));
  }

  private Span span(Token t) {
    int col = t.getCharPositionInLine() + 1;
    return new Span(file, t.getLine(), col, t.getLine(), col + Math.max(1, t.getText().length()));
  }

  private static String printable(String s) {
    int cp = s.codePointAt(0);
    return Character.isISOControl(cp) || Character.isWhitespace(cp) ? String.format("U+%04X", cp) : s;
  }
}
