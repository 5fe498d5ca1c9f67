package org.concord.syntax;

import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * {@link SourceLexer} against the lexer ANTLR generates from the grammar, token by token: the
 * hand-written one must make exactly the tokens the grammar defines. Public for the fuzz target.
 */
public final class LexerComparison {
  private LexerComparison() {}

  /** The first difference between the two lexers' tokens for {@code text}, or null when there is none. */
  public static String difference(String text) {
    ConcordLexer generated = new ConcordLexer(CharStreams.fromString(text, "compared.concord"));
    generated.removeErrorListeners();
    List<? extends Token> expected = generated.getAllTokens();
    List<Token> actual = new SourceLexer(text, "compared.concord").allTokens();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String want = i < expected.size() ? describe(expected.get(i)) : "no more tokens";
      String got = i < actual.size() ? describe(actual.get(i)) : "no more tokens";
      if (!want.equals(got)) return "token " + i + ": expected " + want + ", got " + got;
    }
    List<Token> withoutSpace = new SourceLexer(text, "compared.concord").tokensWithoutSpace();
    List<String> want = expected.stream().filter(t -> t.getType() != ConcordLexer.WS).map(LexerComparison::describe).toList();
    List<String> got = withoutSpace.stream().map(LexerComparison::describe).toList();
    if (!want.equals(got)) return "without white space: expected " + want + ", got " + got;
    return null;
  }

  private static String describe(Token t) {
    return ConcordParser.VOCABULARY.getDisplayName(t.getType()) + " channel " + t.getChannel() + " at " + t.getStartIndex()
        + ".." + t.getStopIndex() + " line " + t.getLine() + ":" + t.getCharPositionInLine() + " text " + quote(t.getText());
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
  }
}
