package org.concord.syntax;

import java.util.ArrayList;
import java.util.List;
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
 * character, about 40 ms of a 150 ms cold {@code concord check} (issue 7); this is one pass over
 * the text that allocates nothing but the tokens. {@code SourceLexerTest} and the fuzz target
 * {@code LexerFuzzTest} hold the two equal on every example, every spec snippet and arbitrary
 * text, so the grammar stays the definition. The keywords and punctuation come from the generated vocabulary, not from a copy.
 *
 * <p>ANTLR's rule: at each position the longest match wins; on a tie, the rule defined first,
 * and the literals of parser rules come before {@code PERIOD … STRAY}.
 */
final class SourceLexer implements TokenSource {
  /** A literal of the grammar's parser rules and its token type. */
  private record Literal(String text, int type) {}

  /** Literals shaped like names ({@code agreement}), by first letter. */
  private static final List<List<Literal>> WORDS = new ArrayList<>();
  /** Literals that start like a name and go on with a hyphen ({@code pro-rata}). */
  private static final List<Literal> HYPHENATED = new ArrayList<>();
  /** Literals of two characters ({@code <=}), and the type of each one-character literal by its (ASCII) character, 0 for none. */
  private static final List<Literal> PAIRS = new ArrayList<>();
  private static final int[] SINGLE = new int[128];
  /** By token type, the literal's text; "" for types that are not literals (names, numbers and the like). */
  private static final String[] LITERALS = new String[ConcordParser.VOCABULARY.getMaxTokenType() + 1];

  static {
    for (int c = 0; c < 128; c++) WORDS.add(new ArrayList<>());
    var vocabulary = ConcordParser.VOCABULARY; // the parser's: the generated lexer's class is not loaded at all
    for (int type = 0; type < LITERALS.length; type++) {
      String quoted = vocabulary.getLiteralName(type);
      LITERALS[type] = quoted == null ? "" : quoted.substring(1, quoted.length() - 1);
      if (quoted == null) continue;
      String text = LITERALS[type];
      Literal literal = new Literal(text, type);
      if (isNameStart(text.charAt(0))) {
        if (text.chars().allMatch(SourceLexer::isNamePart)) WORDS.get(text.charAt(0)).add(literal);
        else HYPHENATED.add(literal);
      } else if (text.length() == 2) {
        PAIRS.add(literal);
      } else {
        SINGLE[text.charAt(0)] = type;
      }
    }
  }

  /** The keyword or punctuation {@code type} stands for, "" for names, numbers and the like. */
  static String literal(int type) {
    return type >= 0 && type < LITERALS.length ? LITERALS[type] : "";
  }

  private final String text;
  private final CharStream input;
  private final Pair<TokenSource, CharStream> source;
  /** Where the lexer is: a char index into the text, and the same place counted in code points (as ANTLR counts). */
  private int pos;
  private int index;
  private int line = 1;
  private int column;

  /** Lexes {@code text}, named {@code sourceName}; tokens read their text from a code-point stream of it, as ANTLR's do. */
  SourceLexer(String text, String sourceName) {
    this.text = text;
    this.input = CharStreams.fromString(text, sourceName);
    this.source = new Pair<>(this, input);
  }

  /** Every token up to the end of the input, without EOF: what {@code Lexer.getAllTokens()} returns. */
  List<Token> allTokens() {
    return tokens(true);
  }

  /**
   * The tokens the parser needs: all but white space, which is on the hidden channel, means
   * nothing to any later stage and is a third of a file's tokens.
   */
  List<Token> tokensWithoutSpace() {
    return tokens(false);
  }

  private List<Token> tokens(boolean withSpace) {
    List<Token> tokens = new ArrayList<>(text.length() / (withSpace ? 4 : 6) + 1);
    while (pos < text.length()) {
      int start = index;
      int startLine = line;
      int startColumn = column;
      int type = match();
      if (withSpace || type != ConcordLexer.WS) tokens.add(token(type, start, startLine, startColumn));
    }
    return tokens;
  }

  @Override
  public Token nextToken() {
    int start = index;
    int startLine = line;
    int startColumn = column;
    return token(pos < text.length() ? match() : Token.EOF, start, startLine, startColumn);
  }

  private Token token(int type, int start, int startLine, int startColumn) {
    int channel = type == ConcordLexer.COMMENT || type == ConcordLexer.WS ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
    CommonToken token = new CommonToken(source, type, channel, start, index - 1);
    token.setLine(startLine);
    token.setCharPositionInLine(startColumn);
    return token;
  }

  /** Consumes the longest token at the current position; its type. */
  private int match() {
    char c = text.charAt(pos);
    if (isNameStart(c)) return name();
    if (isDigit(c)) return number();
    if (c == '"') return string();
    if (isSpace(c)) {
      while (pos < text.length() && isSpace(text.charAt(pos))) advance();
      return ConcordLexer.WS;
    }
    if (c == '-' && peek(1) == '-') {
      while (pos < text.length() && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') advance();
      return ConcordLexer.COMMENT;
    }
    for (Literal pair : PAIRS) {
      if (text.startsWith(pair.text(), pos)) {
        skipAscii(2);
        return pair.type();
      }
    }
    int single = c < SINGLE.length ? SINGLE[c] : 0;
    advance();
    return single != 0 ? single : ConcordLexer.STRAY;
  }

  /** IDENT, or the keyword it spells; a hyphenated keyword when one starts here (it is longer than the name before its hyphen). */
  private int name() {
    for (Literal h : HYPHENATED) {
      if (text.startsWith(h.text(), pos)) {
        skipAscii(h.text().length());
        return h.type();
      }
    }
    int end = pos + 1;
    while (end < text.length() && isNamePart(text.charAt(end))) end++;
    int length = end - pos;
    int type = ConcordLexer.IDENT;
    for (Literal word : WORDS.get(text.charAt(pos))) {
      if (word.text().length() == length && text.startsWith(word.text(), pos)) type = word.type();
    }
    skipAscii(length);
    return type;
  }

  /** PERIOD (2013Q2, 2013-04), else PERCENT (12.5 %), else NUMBER (1_000.25). */
  private int number() {
    if (isDigit(peek(1)) && isDigit(peek(2)) && isDigit(peek(3))) {
      if (peek(4) == 'Q' && peek(5) >= '1' && peek(5) <= '4') {
        skipAscii(6);
        return ConcordLexer.PERIOD;
      }
      if (peek(4) == '-' && isDigit(peek(5)) && isDigit(peek(6))) {
        skipAscii(7);
        return ConcordLexer.PERIOD;
      }
    }
    int end = digits(pos);
    while (end + 1 < text.length() && text.charAt(end) == '_' && isDigit(text.charAt(end + 1))) end = digits(end + 1);
    if (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) end = digits(end + 1);
    int after = end;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) after++;
    if (after < text.length() && text.charAt(after) == '%') {
      skipAscii(after + 1 - pos);
      return ConcordLexer.PERCENT;
    }
    skipAscii(end - pos);
    return ConcordLexer.NUMBER;
  }

  private int digits(int from) {
    int end = from;
    while (end < text.length() && isDigit(text.charAt(end))) end++;
    return end;
  }

  /** STRING when the quote is closed on its line; UNTERMINATED_STRING (with a trailing backslash) when not. */
  private int string() {
    advance();
    while (pos < text.length()) {
      char c = text.charAt(pos);
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
      advance();
      if (c == '\\') advance(); // an escape takes the next character whatever it is
    }
    return ConcordLexer.UNTERMINATED_STRING;
  }

  /** The char {@code ahead} chars on, or -1 past the end: lookahead is only ever compared with ASCII. */
  private int peek(int ahead) {
    return pos + ahead < text.length() ? text.charAt(pos + ahead) : -1;
  }

  /** Consumes one code point, counting lines as ANTLR's lexer does: a line ends at \n only. */
  private void advance() {
    char c = text.charAt(pos);
    boolean pair = Character.isHighSurrogate(c) && pos + 1 < text.length() && Character.isLowSurrogate(text.charAt(pos + 1));
    pos += pair ? 2 : 1;
    index++;
    if (c == '\n') {
      line++;
      column = 0;
    } else {
      column++;
    }
  }

  /** Consumes {@code n} ASCII characters known to hold no line end. */
  private void skipAscii(int n) {
    pos += n;
    index += n;
    column += n;
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
