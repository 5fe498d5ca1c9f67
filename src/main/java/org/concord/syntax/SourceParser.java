package org.concord.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.concord.ast.Agreement;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.SourceFile;
import org.concord.diagnostic.Span;

/**
 * The parsing stage: agreement text in, AST and syntax diagnostics out. The only entry to the
 * ANTLR-generated code; nothing outside this package sees an ANTLR type.
 *
 * <p>Before ANTLR sees the text we enforce the limits (size, nesting, digits) on the raw tokens,
 * so that no input can overflow the stack or exhaust memory, and we report bad characters and
 * unterminated strings ourselves, once each, instead of letting them cascade as parse errors.
 */
public final class SourceParser {
  /** Parsing and building recurse over the tree; a roomy stack keeps legal deep nesting safe. */
  private static final long STACK_BYTES = 64L * 1024 * 1024;

  /**
   * Threads with that stack, reused: starting one costs about as much as parsing a typical file,
   * and `concord check` of a directory parses thousands. One per concurrent caller; an idle one
   * ends after a while, and none keeps the JVM alive. Made at the second parse: a JVM that parses
   * one file (most `concord` commands) starts one thread and spends nothing on a pool.
   */
  private static final class Workers {
    static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), SourceParser::worker);
  }

  private static Thread worker(Runnable task) {
    Thread worker = new Thread(null, task, "concord-parse", STACK_BYTES);
    worker.setDaemon(true);
    return worker;
  }

  private static volatile boolean parsedBefore;

  private SourceParser() {}

  public static ParseResult parse(SourceFile source) {
    return parse(source, ParseLimits.DEFAULT);
  }

  public static ParseResult parse(SourceFile source, ParseLimits limits) {
    long bytes = utf8Length(source.text());
    if (bytes > limits.maxFileBytes()) {
      return failed(source, Diagnostic.of(Code.C0008, Span.ofFile(source.path()), bytes, limits.maxFileBytes()));
    }
    FutureTask<ParseResult> work = new FutureTask<>(() -> parseOnThisThread(source, limits));
    if (parsedBefore) {
      Workers.POOL.execute(work);
    } else {
      parsedBefore = true;
      worker(work).start();
    }
    prepare();
    try {
      return work.get();
    } catch (InterruptedException e) {
      work.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing " + source.path(), e);
    } catch (ExecutionException e) {
      // rethrown on the caller's thread, so a bug is reported, not a null result
      if (e.getCause() instanceof RuntimeException bug) throw bug;
      if (e.getCause() instanceof Error bug) throw bug;
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Start-up (issue 7): while the worker lexes, this thread would only wait, so it does the
   * one-time set-up the worker needs next, on another core: the parser's ATN, which the generated
   * class deserialises in its static initialiser, and BigDecimal's statics (JDK 25 computes
   * 5^65536 there, some 15 ms before the JIT steps in), for the number literals. Class
   * initialisation is thread-safe: whichever thread needs a class first waits for the other. Once
   * the classes are initialised this costs nothing.
   */
  private static void prepare() {
    Objects.requireNonNull(ConcordParser._ATN);
    Objects.requireNonNull(BigDecimal.ZERO);
  }

  private static ParseResult parseOnThisThread(SourceFile source, ParseLimits limits) {
    try {
      return parseTokens(source, limits);
    } catch (StackOverflowError e) {
      // The limits should make this unreachable; if it is reached, it is still the user's nesting.
      return failed(source, Diagnostic.of(Code.C0007, Span.ofFile(source.path()), "too many", limits.maxDepth()));
    }
  }

  private static ParseResult parseTokens(SourceFile source, ParseLimits limits) {
    String file = source.path();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Token> all = new SourceLexer(source.text(), file).tokensWithoutSpace();

    List<Token> kept = new ArrayList<>(all.size());
    TokenScan scan = new TokenScan(file, limits);
    for (Token t : all) {
      if (scan.accept(t, diagnostics)) kept.add(t);
    }
    if (scan.tooDeep()) return new ParseResult(source, null, diagnostics);
    if (kept.stream().noneMatch(t -> t.getChannel() == Token.DEFAULT_CHANNEL)) {
      diagnostics.add(Diagnostic.of(Code.C0006, Span.ofFile(file)));
      return new ParseResult(source, null, diagnostics);
    }

    CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(kept, file)) {
      { tokens = new ArrayList<>(kept.size() + 1); } // room for all and EOF: no regrowing the buffer
    };
    ConcordParser parser = new ConcordParser(stream);
    parser.removeErrorListeners();
    ConcordParser.FileContext tree = parseFast(parser);
    if (tree == null) {
      // not valid in SLL: parse again in full LL with error recovery, as if the first try had not been made
      parser.reset(); // rewinds the token stream too
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      SyntaxErrors errors = new SyntaxErrors(file, limits.maxErrors());
      parser.addErrorListener(errors);
      try {
        tree = parser.file();
      } catch (SyntaxErrors.TooMany stop) {
        diagnostics.addAll(errors.diagnostics);
        return new ParseResult(source, null, diagnostics);
      }
      diagnostics.addAll(errors.diagnostics);
    }

    AstBuilder builder = new AstBuilder(file, limits, kept, hasSurrogates(source.text()));
    Agreement agreement;
    try {
      agreement = builder.file(tree);
    } catch (RuntimeException broken) {
      // A clean parse the builder cannot build, with nothing said about why, is our bug.
      if (diagnostics.isEmpty() && builder.diagnostics().isEmpty()) throw broken;
      agreement = null; // error recovery left holes, or the builder refused (C0007); the diagnostics say why
    }
    diagnostics.addAll(builder.diagnostics());
    if (agreement != null) SizeLimits.check(agreement, limits, diagnostics);
    return new ParseResult(source, agreement, diagnostics);
  }

  /**
   * ANTLR's two-stage parse: SLL prediction, which never looks at the whole context and so warms
   * up and runs faster, stopping at the first error. When SLL parses the file, the tree is the one
   * full LL would build (PredictionMode.SLL's contract); otherwise null, and the caller parses
   * again in LL, where error reporting and recovery are those of a parse made in LL alone.
   */
  private static ConcordParser.FileContext parseFast(ConcordParser parser) {
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return parser.file();
    } catch (ParseCancellationException notSll) {
      return null;
    }
  }

  /** The text's size in UTF-8, counted rather than encoded: parsing should not copy every file once more. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes++; // a lone surrogate: getBytes writes `?` for it
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static boolean hasSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) return true;
    }
    return false;
  }

  private static ParseResult failed(SourceFile source, Diagnostic d) {
    return new ParseResult(source, null, List.of(d));
  }
}
