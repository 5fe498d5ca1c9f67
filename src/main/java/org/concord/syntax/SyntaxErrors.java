package org.concord.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;

/**
 * Turns ANTLR's syntax errors into diagnostics in our words: what was expected, in which
 * construct, what was found, and an example of the construct as the help. ANTLR's token names
 * never reach the user.
 */
final class SyntaxErrors extends BaseErrorListener {

  /** Thrown to stop parsing once the error cap is reached. */
  static final class TooMany extends RuntimeException {
    TooMany() {
      super(null, null, false, false);
    }
  }

  private final String file;
  private final int maxErrors;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  SyntaxErrors(String file, int maxErrors) {
    this.file = file;
    this.maxErrors = maxErrors;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg, RecognitionException e) {
    if (!(recognizer instanceof Parser parser) || !(offending instanceof Token token)) return;
    // After an error, recovery often trips again in the same clause (`pays to anhui` then
    // "expected `to`, found the end"): report the first error of a construct, not its cascade.
    RuleContext construct = enclosingConstruct(parser.getContext());
    if (construct != null && construct == lastConstruct) return;
    lastConstruct = construct;
    if (diagnostics.size() >= maxErrors) {
      diagnostics.add(Diagnostic.of(Code.C0004, spanOf(token), maxErrors));
      throw new TooMany();
    }
    if (token.getText().equals("agreement") && token.getTokenIndex() > 0) {
      // A header after imports or declarations: say so once; recovery skips its items silently.
      diagnostics.add(Diagnostic.of(Code.C0012, spanOf(token)));
      return;
    }
    IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
    Construct where = Construct.innermost(parser.getContext());
    String message =
        "expected " + describe(expected, parser.getVocabulary(), where) + where.phrase + ", found " + found(token);
    diagnostics.add(Diagnostic.of(Code.C0001, spanOf(token), message, where.help));
  }

  private RuleContext lastConstruct;

  /** The clause, party, input, definition, fund, header or test line an error is in. */
  private static RuleContext enclosingConstruct(RuleContext ctx) {
    for (RuleContext c = ctx; c != null; c = c.parent) {
      if (c instanceof ConcordParser.ClauseContext || c instanceof ConcordParser.PartyDeclContext
          || c instanceof ConcordParser.InputDeclContext || c instanceof ConcordParser.DefinitionContext
          || c instanceof ConcordParser.FundDeclContext || c instanceof ConcordParser.HeaderContext
          || c instanceof ConcordParser.GivenContext || c instanceof ConcordParser.ExpectationContext) {
        return c;
      }
    }
    return null;
  }

  private Span spanOf(Token t) {
    int length = t.getType() == Token.EOF ? 0 : Math.max(1, t.getText().length());
    return new Span(file, t.getLine(), t.getCharPositionInLine() + 1, t.getLine(), t.getCharPositionInLine() + 1 + length);
  }

  private static String found(Token t) {
    if (t.getType() == Token.EOF) return "the end of the file";
    String text = t.getText();
    if (t.getType() == ConcordLexer.PERIOD && text.contains("-")) {
      return "`" + text + "` (a month; for subtraction put spaces around `-`)";
    }
    return "`" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "`";
  }

  /** "a percentage or `to`": the expected tokens in words, at most five of them. */
  static String describe(IntervalSet expected, Vocabulary vocabulary, Construct where) {
    Set<String> words = new LinkedHashSet<>();
    boolean wantsName = expected.contains(ConcordLexer.IDENT);
    // Where any operand may start, say so once instead of listing `(`, `-`, `not`, numbers…
    boolean wantsExpression = wantsName && expected.contains(ConcordLexer.NUMBER) && expected.contains(ConcordLexer.PERCENT);
    if (wantsExpression) words.add("an amount or expression");
    for (int type : expected.toArray()) {
      String literal = vocabulary.getLiteralName(type);
      if (wantsExpression && (EXPRESSION_STARTS.contains(type) || isOperandKeyword(literal))) continue;
      // Soft keywords are also names: when a name is expected, say "a name", not each of them.
      if (wantsName && literal != null && Construct.SOFT_KEYWORDS.contains(literal)) continue;
      words.add(word(type, vocabulary));
    }
    if (words.size() > 5) return where.summary;
    List<String> list = new ArrayList<>(words);
    if (list.isEmpty()) return where.summary;
    if (list.size() == 1) return list.get(0);
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  private static final Set<Integer> EXPRESSION_STARTS =
      Set.of(ConcordLexer.NUMBER, ConcordLexer.PERCENT, ConcordLexer.IDENT);

  private static boolean isOperandKeyword(String literal) {
    return literal != null && Set.of("'('", "'-'", "'not'", "'true'", "'false'").contains(literal);
  }

  private static String word(int type, Vocabulary vocabulary) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case ConcordLexer.NUMBER -> "a number";
      case ConcordLexer.PERCENT -> "a percentage";
      case ConcordLexer.STRING -> "a quoted title";
      case ConcordLexer.IDENT -> "a name";
      case ConcordLexer.PERIOD -> "a period";
      default -> {
        String literal = vocabulary.getLiteralName(type);
        yield literal == null ? vocabulary.getDisplayName(type) : "`" + literal.replace("'", "") + "`";
      }
    };
  }
}
