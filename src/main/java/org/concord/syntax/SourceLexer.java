package org.concord.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer rules of {@code Concord.g4}, written out by hand: the tokens ANTLR's generated
 * {@code ConcordLexer} makes — type, channel, code-point positions, line and column — without its
 * start-up cost. The generated lexer deserialises its ATN and builds its DFA as it meets each new
 * character, about 40 ms of a 150 ms cold {@code concord check} (issue 7); this is a loop over the
 * code points. {@code SourceLexerTest} and the fuzz target {@code LexerFuzzTest} hold the two
 * equal on every example, every spec snippet and arbitrary text, so the grammar stays the
 * definition. The keywords and punctuation come from the generated vocabulary, not from a copy.
 *
 * <p>ANTLR's rule: at each position the longest match wins; on a tie, the rule defined first,
 * and the literals of parser rules come before {@code PERIOD … STRAY}.
 */
final class SourceLexer implements TokenSource {
  /** Literals shaped like names ({@code agreement}), by text. */
  private static final Map<String, Integer> WORDS = new HashMap<>();
  /** Literals that start like a name and go on with a hyphen ({@code pro-rata}). */
  private static final List<String> HYPHENATED = new ArrayList<>();
  /** The other literals ({@code <=}, {@code (}), by text. */
  private static final Map<String, Integer> SYMBOLS = new HashMap<>();

  static {
    var vocabulary = ConcordParser.VOCABULARY; // the parser's: the generated lexer's class is not loaded at all
    for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
      String quoted = vocabulary.getLiteralName(type);
      if (quoted == null) continue;
      String text = quoted.substring(1, quoted.length() - 1);
      if (!isNameStart(text.charAt(0))) {
        SYMBOLS.put(text, type);
      } else if (text.chars().allMatch(SourceLexer::isNamePart)) {
        WORDS.put(text, type);
      } else {
        WORDS.put(text, type);
        HYPHENATED.add(text);
      }
    }
  }

  private final CharStream input;
  private final Pair<TokenSource, CharStream> source;
  private final int[] text;
  private int at;
  private int line = 1;
  private int column;

  /** Lexes {@code text}, named {@code sourceName}; tokens read their text from a code-point stream of it, as ANTLR's do. */
  SourceLexer(String text, String sourceName) {
    this.input = CharStreams.fromString(text, sourceName);
    this.source = new Pair<>(this, input);
    this.text = text.codePoints().toArray();
  }

  /** Every token up to the end of the input, without EOF: what {@code Lexer.getAllTokens()} returns. */
  List<Token> allTokens() {
    List<Token> tokens = new ArrayList<>(text.length / 4 + 1);
    for (Token t = nextToken(); t.getType() != Token.EOF; t = nextToken()) tokens.add(t);
    return tokens;
  }

  @Override
  public Token nextToken() {
    int start = at;
    int startLine = line;
    int startColumn = column;
    if (at >= text.length) {
      CommonToken eof = new CommonToken(source, Token.EOF, Token.DEFAULT_CHANNEL, at, at - 1);
      eof.setLine(line);
      eof.setCharPositionInLine(column);
      return eof;
    }
    int type = match();
    int channel = type == ConcordLexer.COMMENT || type == ConcordLexer.WS ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
    CommonToken token = new CommonToken(source, type, channel, start, at - 1);
    token.setLine(startLine);
    token.setCharPositionInLine(startColumn);
    return token;
  }

  /** Consumes the longest token at the current position; its type. */
  private int match() {
    int c = text[at];
    if (isNameStart(c)) return name();
    if (isDigit(c)) return number();
    if (c == '"') return string();
    if (isSpace(c)) {
      while (at < text.length && isSpace(text[at])) advance();
      return ConcordLexer.WS;
    }
    if (c == '-' && peek(1) == '-') {
      while (at < text.length && text[at] != '\r' && text[at] != '\n') advance();
      return ConcordLexer.COMMENT;
    }
    if (c < 0x80 && at + 1 < text.length && text[at + 1] < 0x80) {
      Integer two = SYMBOLS.get(String.valueOf(new char[] {(char) c, (char) text[at + 1]}));
      if (two != null) {
        advance(2);
        return two;
      }
    }
    Integer one = c < 0x80 ? SYMBOLS.get(String.valueOf((char) c)) : null;
    advance();
    return one != null ? one : ConcordLexer.STRAY;
  }

  /** IDENT, or the keyword it spells; a hyphenated keyword when one is longer. */
  private int name() {
    int end = at + 1;
    while (end < text.length && isNamePart(text[end])) end++;
    String word = new String(text, at, end - at);
    for (String h : HYPHENATED) {
      if (h.length() > end - at && startsWith(h)) {
        advance(h.length());
        return WORDS.get(h);
      }
    }
    advance(end - at);
    Integer keyword = WORDS.get(word);
    return keyword != null ? keyword : ConcordLexer.IDENT;
  }

  private boolean startsWith(String s) {
    if (at + s.length() > text.length) return false;
    for (int i = 0; i < s.length(); i++) if (text[at + i] != s.charAt(i)) return false;
    return true;
  }

  /** PERIOD (2013Q2, 2013-04), else PERCENT (12.5 %), else NUMBER (1_000.25). */
  private int number() {
    if (isDigit(peek(1)) && isDigit(peek(2)) && isDigit(peek(3))) {
      if (peek(4) == 'Q' && peek(5) >= '1' && peek(5) <= '4') {
        advance(6);
        return ConcordLexer.PERIOD;
      }
      if (peek(4) == '-' && isDigit(peek(5)) && isDigit(peek(6))) {
        advance(7);
        return ConcordLexer.PERIOD;
      }
    }
    int end = digits(at);
    while (end + 1 < text.length && text[end] == '_' && isDigit(text[end + 1])) end = digits(end + 1);
    if (end + 1 < text.length && text[end] == '.' && isDigit(text[end + 1])) end = digits(end + 1);
    int after = end;
    while (after < text.length && (text[after] == ' ' || text[after] == '\t')) after++;
    if (after < text.length && text[after] == '%') {
      advance(after + 1 - at);
      return ConcordLexer.PERCENT;
    }
    advance(end - at);
    return ConcordLexer.NUMBER;
  }

  private int digits(int from) {
    int end = from;
    while (end < text.length && isDigit(text[end])) end++;
    return end;
  }

  /** STRING when the quote is closed on its line; UNTERMINATED_STRING (with a trailing backslash) when not. */
  private int string() {
    advance();
    while (at < text.length) {
      int c = text[at];
      if (c == '"') {
        advance();
        return ConcordLexer.STRING;
      }
      if (c == '\r' || c == '\n') return ConcordLexer.UNTERMINATED_STRING;
      boolean lineEndsAfter = c == '\\' && (peek(1) == -1 || peek(1) == '\r' || peek(1) == '\n');
      if (lineEndsAfter) {
        advance(); // the backslash belongs to the unterminated string
        return ConcordLexer.UNTERMINATED_STRING;
      }
      advance(c == '\\' ? 2 : 1); // an escape takes the next character whatever it is
    }
    return ConcordLexer.UNTERMINATED_STRING;
  }

  private int peek(int ahead) {
    return at + ahead < text.length ? text[at + ahead] : -1;
  }

  private void advance() {
    // as ANTLR's lexer counts: a line ends at \n only, columns are code points
    if (text[at] == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
    at++;
  }

  private void advance(int n) {
    for (int i = 0; i < n; i++) advance();
  }

  private static boolean isNameStart(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean isNamePart(int c) {
    return isNameStart(c) || isDigit(c);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public int getCharPositionInLine() {
    return column;
  }

  @Override
  public CharStream getInputStream() {
    return input;
  }

  @Override
  public String getSourceName() {
    return input.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    // tokens are always CommonTokens reading their text from the input, as ANTLR's default factory makes them
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return CommonTokenFactory.DEFAULT;
  }
}
