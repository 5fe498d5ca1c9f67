package org.concord.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Comment;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Header;
import org.concord.ast.Import;
import org.concord.ast.Name;
import org.concord.ast.PeriodLit;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.syntax.ConcordParser.*;

/**
 * Builds our AST from ANTLR's parse tree: one method per construct, in grammar order. After
 * error recovery the tree may have holes; the builder then returns null parts, and the caller
 * discards the AST if building fails (the syntax errors already explain why).
 *
 * <p>Every check builds an AST, so the builder tests parse-tree types with {@code instanceof},
 * not pattern switches: each of those links a call site on first use, which the JDK 25 AOT cache
 * does not keep (see the check package's documentation; issue 7, cold start).
 */
final class AstBuilder {
  /** Expression trees deeper than this are refused, so later stages may recurse freely. */
  private static final int MAX_EXPRESSION_DEPTH = 100_000;

  private final String file;
  private final ParseLimits limits;
  private final List<Token> tokens;
  /** Whether a token's text may hold more UTF-16 chars than code points (ANTLR counts code points). */
  private final boolean supplementary;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /**
   * One copy of each distinct text (names, numbers, periods): a file names the same few parties
   * and inputs hundreds of times, and the AST lives as long as the check, so copies add up.
   */
  private final Map<String, String> texts = new HashMap<>(256); // a file has some 150 distinct texts
  /** Likewise one value per distinct literal: agreements repeat their amounts and rates. */
  private final Map<String, BigDecimal> numbers = new HashMap<>(64);
  private final Map<String, BigDecimal> percents = new HashMap<>(64);

  AstBuilder(String file, ParseLimits limits, List<Token> tokens, boolean supplementary) {
    this.file = file;
    this.limits = limits;
    this.tokens = tokens;
    this.supplementary = supplementary;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // ------------------------------------------------------------------ file and header

  Agreement file(FileContext ctx) {
    Header header = ctx.header() == null ? null : header(ctx.header());
    List<Import> imports = ctx.importDecl().stream().map(i -> new Import(string(i.STRING()), span(i))).toList();
    List<Declaration> declarations = new ArrayList<>();
    for (DeclarationContext d : ctx.declaration()) {
      Declaration built = declaration(d);
      if (built != null) declarations.add(built);
    }
    List<Comment> comments = tokens.stream()
        .filter(t -> t.getType() == ConcordLexer.COMMENT)
        .map(t -> new Comment(t.getText(), span(t)))
        .toList();
    return new Agreement(file, header, imports, declarations, comments, span(ctx));
  }

  private Header header(HeaderContext ctx) {
    Header.Term term = null;
    Header.Currency currency = null;
    Header.Rounding rounding = null;
    for (HeaderItemContext item : ctx.headerItem()) {
      if (item instanceof TermItemContext t) {
        once(term, t, "term", "header");
        term = new Header.Term(period(t.first), period(t.last), granularity(t.granularity()), span(t));
      } else if (item instanceof CurrencyItemContext c) {
        once(currency, c, "currency", "header");
        currency = new Header.Currency(name(c.code), c.scale == null ? null : name(c.scale), span(c));
      } else if (item instanceof RoundingItemContext r) {
        once(rounding, r, "rounding", "header");
        rounding = new Header.Rounding(
            number(r.NUMBER().getSymbol()), roundingMode(r.roundingMode()), r.target == null ? null : name(r.target),
            has(r, "largest"), span(r));
      } else {
        throw new IllegalStateException("unknown header item " + item.getText());
      }
    }
    return new Header(name(ctx.name()), string(ctx.STRING()), term, currency, rounding, span(ctx));
  }

  private static Header.Granularity granularity(GranularityContext ctx) {
    return switch (ctx.getText()) {
      case "quarterly" -> Header.Granularity.QUARTERLY;
      case "monthly" -> Header.Granularity.MONTHLY;
      default -> Header.Granularity.YEARLY;
    };
  }

  /** `half-even` is written as three tokens; the mode is one name to the rest of Concord. */
  private Name roundingMode(RoundingModeContext ctx) {
    return new Name(text(ctx), span(ctx));
  }

  // ------------------------------------------------------------------ declarations

  private Declaration declaration(DeclarationContext ctx) {
    if (ctx.partiesSection() != null) {
      return new Declaration.Parties(ctx.partiesSection().partyDecl().stream().map(this::party).toList(),
          span(ctx.partiesSection()));
    }
    if (ctx.outsideDecl() != null) {
      OutsideDeclContext o = ctx.outsideDecl();
      return new Declaration.Outside(name(o.name()), string(o.STRING()), span(o));
    }
    if (ctx.inputsSection() != null) {
      return new Declaration.Inputs(ctx.inputsSection().inputDecl().stream().map(this::input).toList(),
          span(ctx.inputsSection()));
    }
    if (ctx.definition() != null) {
      DefinitionContext d = ctx.definition();
      return new Declaration.Definition(name(d.name(0)), d.param == null ? null : name(d.param), string(d.STRING()),
          expr(d.expr()), span(d));
    }
    if (ctx.fundDecl() != null) return fund(ctx.fundDecl());
    if (ctx.article() != null) {
      ArticleContext a = ctx.article();
      return new Declaration.Article(shared(a.number.getText()), string(a.STRING()), clauses(a.clause()), span(a));
    }
    if (ctx.testCase() != null) return testCase(ctx.testCase());
    return null;
  }

  private Declaration.Party party(PartyDeclContext ctx) {
    return new Declaration.Party(name(ctx.name(0)), string(ctx.STRING()), name(ctx.level),
        ctx.parent == null ? null : name(ctx.parent), ctx.members.stream().map(this::name).toList(), span(ctx));
  }

  private Declaration.Input input(InputDeclContext ctx) {
    InputTypeContext type = ctx.inputType();
    Declaration.Range range = null;
    boolean byParty = false;
    Declaration.Variation variation = null;
    Name collectedBy = null;
    Expr defaultValue = null;
    for (InputOptionContext option : ctx.inputOption()) {
      if (option instanceof RangeOptionContext r) {
        once(range, r, "in [ … ]", "input");
        range = new Declaration.Range(signed(r.low), signed(r.high), span(r));
      } else if (option instanceof ByPartyOptionContext b) {
        if (byParty) repeated(b, "by party", "input");
        byParty = true;
      } else if (option instanceof ConstantOptionContext c) {
        once(variation, c, "constant", "input");
        variation = Declaration.Variation.CONSTANT;
      } else if (option instanceof PerPeriodOptionContext p) {
        once(variation, p, "per period", "input");
        variation = Declaration.Variation.PER_PERIOD;
      } else if (option instanceof CollectedByOptionContext c) {
        once(collectedBy, c, "collected by", "input");
        collectedBy = name(c.name());
      } else if (option instanceof DefaultOptionContext d) {
        once(defaultValue, d, "default", "input");
        defaultValue = expr(d.expr());
      } else {
        throw new IllegalStateException("unknown input option " + option.getText());
      }
    }
    return new Declaration.Input(name(ctx.name()), string(ctx.STRING()), name(type.kind),
        type.currency == null ? null : name(type.currency), range, byParty,
        variation == null ? Declaration.Variation.PER_PERIOD : variation, collectedBy, defaultValue, span(ctx));
  }

  private Declaration.Fund fund(FundDeclContext ctx) {
    Name heldBy = null;
    Expr initial = null;
    Declaration.Shortfall shortfall = null;
    boolean carryOver = false;
    Name lapseTo = null;
    for (FundOptionContext option : ctx.fundOption()) {
      if (option instanceof HeldByOptionContext h) {
        once(heldBy, h, "held by", "fund");
        heldBy = name(h.name());
      } else if (option instanceof InitialBalanceOptionContext i) {
        once(initial, i, "initial balance", "fund");
        initial = expr(i.expr());
      } else if (option instanceof ShortfallOptionContext s) {
        once(shortfall, s, "on shortfall", "fund");
        shortfall = s.policy.getText().equals("arrears") ? Declaration.Shortfall.ARREARS : Declaration.Shortfall.PRO_RATA;
      } else if (option instanceof CarryOverOptionContext c) {
        if (carryOver) repeated(c, "carry over", "fund");
        carryOver = true;
      } else if (option instanceof LapseOptionContext l) {
        once(lapseTo, l, "lapse to", "fund");
        lapseTo = name(l.name());
      } else {
        throw new IllegalStateException("unknown fund option " + option.getText());
      }
    }
    return new Declaration.Fund(name(ctx.name()), string(ctx.STRING()), heldBy, initial, shortfall, carryOver, lapseTo,
        span(ctx));
  }

  // ------------------------------------------------------------------ clauses

  private List<Clause> clauses(List<ClauseContext> ctxs) {
    List<Clause> out = new ArrayList<>();
    for (ClauseContext c : ctxs) out.add(clause(c));
    return out;
  }

  private Clause clause(ClauseContext ctx) {
    if (ctx instanceof PaymentClauseContext p) {
      return new Clause.Payment(name(p.payer), expr(p.amount), name(p.payee), timing(p.timing()), span(p));
    }
    if (ctx instanceof ShareClauseContext s) return share(s);
    if (ctx instanceof DistributionClauseContext d) {
      return new Clause.Distribution(name(d.fund), expr(d.amount), partySet(d.partySet()), basis(d.basis()),
          timing(d.timing()), span(d));
    }
    if (ctx instanceof ContributionClauseContext c) {
      return new Clause.Contribution(partySet(c.partySet()), expr(c.amount), name(c.fund), basis(c.basis()),
          timing(c.timing()), span(c));
    }
    if (ctx instanceof ConditionalClauseContext c) return conditional(c);
    if (ctx instanceof ForEachClauseContext f) {
      return new Clause.ForEach(name(f.var), partySet(f.partySet()), clauses(f.clause()), span(f));
    }
    if (ctx instanceof ObligationClauseContext o) return obligation(o);
    if (ctx instanceof PenaltyClauseContext p) return penalty(p);
    if (ctx instanceof DisputeClauseContext d) return dispute(d);
    throw new IllegalStateException("unknown clause " + ctx.getText());
  }

  private Clause.Share share(ShareClauseContext ctx) {
    List<Clause.ShareLine> lines = ctx.shareLine().stream()
        .map(l -> new Clause.ShareLine(percentPoints(l.PERCENT().getSymbol()), name(l.name()), span(l)))
        .toList();
    Name remainderTo = null;
    Clause.TotalCap totalCap = null;
    Expr periodCap = null;
    for (ShareOptionContext option : ctx.shareOption()) {
      if (option instanceof RemainderOptionContext r) {
        once(remainderTo, r, "remainder to", "share");
        remainderTo = name(r.name());
      } else if (option instanceof CapTotalOptionContext c) {
        once(totalCap, c, "until … has received", "share");
        totalCap = new Clause.TotalCap(name(c.name()), expr(c.expr()), span(c));
      } else if (option instanceof CapPeriodOptionContext c) {
        once(periodCap, c, "at most … per period", "share");
        periodCap = expr(c.expr());
      } else {
        throw new IllegalStateException("unknown share option " + option.getText());
      }
    }
    return new Clause.Share(name(ctx.base), ctx.collector == null ? null : name(ctx.collector), lines, remainderTo,
        totalCap, periodCap, timing(ctx.timing()), span(ctx));
  }

  private Clause.Conditional conditional(ConditionalClauseContext ctx) {
    List<Clause.Branch> branches = new ArrayList<>();
    branches.add(new Clause.Branch(expr(ctx.expr()), clauses(ctx.body), span(ctx)));
    for (ElseIfContext e : ctx.elseIf()) {
      branches.add(new Clause.Branch(expr(e.expr()), clauses(e.clause()), span(e)));
    }
    boolean hasElse = ctx.children.stream()
        .anyMatch(c -> c instanceof TerminalNode t && t.getText().equals("else"));
    return new Clause.Conditional(branches, hasElse ? clauses(ctx.otherwise) : null, span(ctx));
  }

  private Clause.Obligation obligation(ObligationClauseContext ctx) {
    Clause.Duty duty;
    if (ctx.duty() instanceof PayDutyContext p) duty = new Clause.PayDuty(expr(p.amount), name(p.payee), span(p));
    else if (ctx.duty() instanceof EnsureDutyContext e) duty = new Clause.EnsureDuty(expr(e.expr()), span(e));
    else throw new IllegalStateException("unknown duty");
    PeriodLit deadline = ctx.deadline() instanceof ByDeadlineContext b ? period(b.period()) : null;
    return new Clause.Obligation(name(ctx.id), string(ctx.STRING()), name(ctx.party), duty, deadline,
        ctx.hortatory != null, span(ctx));
  }

  private Clause.Penalty penalty(PenaltyClauseContext ctx) {
    PenaltyPaymentContext pay = ctx.penaltyPayment();
    Clause.Interest interest = null;
    Clause.Escalation escalation = null;
    for (PenaltyOptionContext option : ctx.penaltyOption()) {
      if (option instanceof InterestOptionContext i) {
        once(interest, i, "interest", "penalty");
        interest = new Clause.Interest(percentPoints(i.rate), name(i.name()), span(i));
      } else if (option instanceof EscalationOptionContext e) {
        once(escalation, e, "escalating", "penalty");
        escalation = new Clause.Escalation(percentPoints(e.rate), span(e));
      } else {
        throw new IllegalStateException("unknown penalty option");
      }
    }
    return new Clause.Penalty(name(ctx.obligation),
        pay == null || pay.payer == null ? null : name(pay.payer),
        pay == null ? null : expr(pay.amount),
        pay == null ? null : name(pay.payee),
        interest, escalation, span(ctx));
  }

  private Clause.DisputeRoute dispute(DisputeClauseContext ctx) {
    List<Clause.ArticleRef> articles = ctx.disputeScope() == null ? List.of()
        : ctx.disputeScope().articleNumbers.stream().map(t -> new Clause.ArticleRef(shared(t.getText()), span(t))).toList();
    List<Clause.ForumStep> steps = ctx.forumStep().stream().map(this::forumStep).toList();
    boolean escrow = false;
    boolean consent = false;
    Clause.Costs costs = null;
    Expr costAmount = null;
    for (DisputeOptionContext option : ctx.disputeOption()) {
      if (option instanceof EscrowOptionContext e) {
        if (escrow) repeated(e, "contested payments held in escrow", "dispute route");
        escrow = true;
      } else if (option instanceof ConsentOptionContext c) {
        if (consent) repeated(c, "all parties consent", "dispute route");
        consent = true;
      } else if (option instanceof CostsOptionContext c) {
        once(costs, c, "costs borne by", "dispute route");
        costs = has(c, "loser") ? new Clause.Costs(Clause.CostBearer.LOSER, null, span(c))
            : has(c, "side") ? new Clause.Costs(Clause.CostBearer.EACH_SIDE, null, span(c))
            : new Clause.Costs(Clause.CostBearer.PARTY, name(c.name()), span(c));
      } else if (option instanceof CostAmountOptionContext c) {
        once(costAmount, c, "costs of", "dispute route");
        costAmount = expr(c.amount);
      } else {
        throw new IllegalStateException("unknown dispute option");
      }
    }
    return new Clause.DisputeRoute(articles, steps, escrow, costs, costAmount, consent, span(ctx));
  }

  private Clause.ForumStep forumStep(ForumStepContext ctx) {
    boolean byArbiter = ctx.forumParties() instanceof ByArbiterContext;
    List<Name> parties = ctx.forumParties() instanceof BetweenPartiesContext b ? b.name().stream().map(this::name).toList()
        : ctx.forumParties() instanceof ByArbiterContext b ? List.of(name(b.name()))
        : List.of();
    Clause.Binding binding = ctx.binding() == null ? Clause.Binding.UNSTATED
        : ctx.binding().b != null ? Clause.Binding.BINDING : Clause.Binding.NON_BINDING;
    return new Clause.ForumStep(name(ctx.forum), parties, byArbiter, number(ctx.limit), name(ctx.unit), binding,
        span(ctx));
  }

  private Clause.Timing timing(TimingContext ctx) {
    Name each = null;
    PeriodLit in = null;
    PeriodLit from = null;
    PeriodLit through = null;
    BigDecimal forCount = null;
    Name forUnit = null;
    for (TimingPartContext part : ctx.timingPart()) {
      if (part instanceof EachTimingContext e) {
        once(each, e, "each", "clause's timing");
        each = name(e.unit);
      } else if (part instanceof InTimingContext i) {
        once(in, i, "in", "clause's timing");
        in = period(i.period());
      } else if (part instanceof FromTimingContext f) {
        once(from, f, "from", "clause's timing");
        from = period(f.period());
      } else if (part instanceof ThroughTimingContext t) {
        once(through, t, "through", "clause's timing");
        through = period(t.period());
      } else if (part instanceof ForTimingContext f) {
        once(forCount, f, "for", "clause's timing");
        forCount = number(f.count);
        forUnit = name(f.unit);
      } else {
        throw new IllegalStateException("unknown timing");
      }
    }
    return new Clause.Timing(each, in, from, through, forCount, forUnit, span(ctx));
  }

  private Clause.PartySet partySet(PartySetContext ctx) {
    if (ctx instanceof AllPartiesContext a) return new Clause.AllParties(span(a));
    if (ctx instanceof MembersOfContext m) return new Clause.MembersOf(name(m.name()), span(m));
    if (ctx instanceof PartyListContext l) return new Clause.PartyList(l.name().stream().map(this::name).toList(), span(l));
    throw new IllegalStateException("unknown party set");
  }

  private Clause.Basis basis(BasisContext ctx) {
    if (ctx instanceof EqualBasisContext e) return new Clause.Equally(span(e));
    if (ctx instanceof ProportionalBasisContext p) return new Clause.Proportional(expr(p.expr()), span(p));
    if (ctx instanceof EqualisingBasisContext e) return new Clause.Equalising(expr(e.expr()), span(e));
    return null;
  }

  // ------------------------------------------------------------------ tests

  private TestCase testCase(TestCaseContext ctx) {
    List<TestCase.Given> givens = new ArrayList<>();
    for (GivenContext g : ctx.given()) {
      givens.add(given(g));
    }
    List<TestCase.Expectation> expectations = new ArrayList<>();
    for (ExpectationContext e : ctx.expectation()) {
      expectations.add(expectation(e));
    }
    Expr tolerance = ctx.tolerance() == null ? null : expr(ctx.tolerance().expr());
    return new TestCase(string(ctx.STRING()), givens, expectations, tolerance, span(ctx));
  }

  private TestCase.Given given(GivenContext g) {
    if (g instanceof ScenarioGivenContext s) return new TestCase.ScenarioFile(string(s.STRING()), span(s));
    if (g instanceof ValueGivenContext v) {
      return new TestCase.Values(name(v.target), v.party == null ? null : name(v.party),
          v.givenValue().stream()
              .map(gv -> new TestCase.GivenValue(expr(gv.expr()), gv.period() == null ? null : period(gv.period()), span(gv)))
              .toList(),
          span(v));
    }
    if (g instanceof DisputeGivenContext d) {
      return new TestCase.Dispute(shared(d.NUMBER().getText()), period(d.period()),
          d.ruling() == null ? null : name(d.ruling().outcome), span(d));
    }
    if (g instanceof DefaultGivenContext d) {
      return new TestCase.Default(name(d.name(0)), name(d.obligation), period(d.period()), span(d));
    }
    throw new IllegalStateException("unknown given");
  }

  private TestCase.Expectation expectation(ExpectationContext e) {
    if (e instanceof NetExpectContext n) return new TestCase.Net(name(n.name()), optionalPeriod(n.period()), expr(n.expr()), span(n));
    if (e instanceof FlowExpectContext f) {
      return new TestCase.Flow(name(f.from), name(f.to), optionalPeriod(f.period()), expr(f.expr()), span(f));
    }
    if (e instanceof BalanceExpectContext b) return new TestCase.Balance(name(b.name()), period(b.period()), expr(b.expr()), span(b));
    if (e instanceof EventExpectContext ev) {
      return new TestCase.Event(name(ev.kind), ev.name() == null ? null : name(ev.name()), period(ev.period()), span(ev));
    }
    if (e instanceof DiagnosticExpectContext d) return new TestCase.Reports(name(d.code), span(d));
    throw new IllegalStateException("unknown expectation");
  }

  // ------------------------------------------------------------------ expressions

  /**
   * Binary operators are left-associative, so long sums nest down the left side. We walk that
   * spine in a loop rather than recursing, so `a + b + … ` with thousands of terms cannot
   * overflow the stack, and we refuse trees deeper than {@link #MAX_EXPRESSION_DEPTH}.
   */
  private Expr expr(ExprContext ctx) {
    if (!isBinary(ctx)) return unaryOrPrimary(ctx); // most expressions: nothing to walk or bound here
    List<ExprContext> spine = new ArrayList<>();
    ExprContext node = ctx;
    while (isBinary(node)) {
      spine.add(node);
      node = node.getChild(ExprContext.class, 0);
    }
    Expr result = unaryOrPrimary(node);
    int depth = depth(result);
    for (int i = spine.size() - 1; i >= 0; i--) {
      ExprContext b = spine.get(i);
      Expr right = expr(b.getChild(ExprContext.class, 1));
      depth = Math.max(depth, depth(right)) + 1;
      if (depth > MAX_EXPRESSION_DEPTH) {
        throw tooDeep(b, depth);
      }
      result = new Expr.Binary(binaryOp(b), result, right, span(b));
    }
    return result;
  }

  private static boolean isBinary(ExprContext ctx) {
    return ctx instanceof MulExprContext || ctx instanceof AddExprContext || ctx instanceof CompareExprContext
        || ctx instanceof AndExprContext || ctx instanceof OrExprContext;
  }

  private static Expr.BinaryOp binaryOp(ExprContext ctx) {
    String op = ctx.getChild(1).getText();
    return switch (op) {
      case "*" -> Expr.BinaryOp.MUL;
      case "/" -> Expr.BinaryOp.DIV;
      case "of" -> Expr.BinaryOp.OF;
      case "+" -> Expr.BinaryOp.ADD;
      case "-" -> Expr.BinaryOp.SUB;
      case "<" -> Expr.BinaryOp.LT;
      case "<=" -> Expr.BinaryOp.LE;
      case ">" -> Expr.BinaryOp.GT;
      case ">=" -> Expr.BinaryOp.GE;
      case "=" -> Expr.BinaryOp.EQ;
      case "!=" -> Expr.BinaryOp.NE;
      case "and" -> Expr.BinaryOp.AND;
      case "or" -> Expr.BinaryOp.OR;
      default -> throw new IllegalStateException("unknown operator " + op);
    };
  }

  private Expr unaryOrPrimary(ExprContext ctx) {
    if (ctx instanceof NegateExprContext n) return new Expr.Unary(Expr.UnaryOp.NEGATE, expr(n.expr()), span(n));
    if (ctx instanceof NotExprContext n) return new Expr.Unary(Expr.UnaryOp.NOT, expr(n.expr()), span(n));
    if (ctx instanceof PrimaryExprContext p) return primary(p.primary());
    throw new IllegalStateException("unknown expression " + ctx.getText());
  }

  private Expr primary(PrimaryContext ctx) {
    if (ctx instanceof NumberLitContext n) return new Expr.Number(number(n.NUMBER().getSymbol()), text(n), span(n));
    if (ctx instanceof PercentLitContext p) return new Expr.Percent(percentPoints(p.PERCENT().getSymbol()), text(p), span(p));
    if (ctx instanceof BoolLitContext b) return new Expr.Bool(b.getText().equals("true"), span(b));
    if (ctx instanceof CallExprContext c) return new Expr.Call(name(c.fn), c.expr().stream().map(this::expr).toList(), span(c));
    if (ctx instanceof IndexExprContext i) return new Expr.Index(name(i.name(0)), name(i.index), span(i));
    if (ctx instanceof RefExprContext r) {
      Name name = name(r.name());
      return new Expr.Ref(name, name.span()); // the same region: one span serves both
    }
    if (ctx instanceof ParenExprContext p) return expr(p.expr());
    throw new IllegalStateException("unknown primary " + ctx.getText());
  }

  private Expr signed(SignedNumberContext ctx) {
    Token t = ctx.NUMBER() != null ? ctx.NUMBER().getSymbol() : ctx.PERCENT().getSymbol();
    boolean negative = ctx.getChildCount() > 1;
    Expr value = t.getType() == ConcordLexer.PERCENT
        ? new Expr.Percent(percentPoints(t), shared(t.getText()), span(t))
        : new Expr.Number(number(t), shared(t.getText()), span(t));
    return negative ? new Expr.Unary(Expr.UnaryOp.NEGATE, value, span(ctx)) : value;
  }

  private static int depth(Expr e) {
    if (e instanceof Expr.Binary b) return 1 + Math.max(depth(b.left()), depth(b.right()));
    if (e instanceof Expr.Unary u) return 1 + depth(u.operand());
    if (e instanceof Expr.Call c) return 1 + c.args().stream().mapToInt(AstBuilder::depth).max().orElse(0);
    return 1;
  }

  private RuntimeException tooDeep(ParserRuleContext at, int depth) {
    // This bound is fixed (`--max-depth` governs brackets and blocks), so the help does not offer the flag.
    diagnostics.add(Diagnostic.of(Code.C0007, span(at), depth, MAX_EXPRESSION_DEPTH)
        .withHelp("split the expression into named `define`s, each a part of the sum"));
    return new IllegalStateException("expression too deep");
  }

  // ------------------------------------------------------------------ leaves

  private Name name(ParserRuleContext ctx) {
    return new Name(text(ctx), span(ctx));
  }

  /** {@code ctx.getText()}, shared; a rule over one token (most leaves) skips the concatenation. */
  private String text(ParseTree ctx) {
    ParseTree t = ctx;
    while (t.getChildCount() == 1) t = t.getChild(0);
    return shared(t instanceof TerminalNode leaf ? leaf.getSymbol().getText() : ctx.getText());
  }

  private String shared(String text) {
    String known = texts.putIfAbsent(text, text);
    return known != null ? known : text;
  }

  private PeriodLit period(PeriodContext ctx) {
    PeriodLit period = new PeriodLit(text(ctx), span(ctx));
    if (!VALID_PERIOD.matcher(period.text()).matches()) {
      diagnostics.add(Diagnostic.of(Code.C0011, period.span(), period.text()));
    }
    return period;
  }

  /** A year, a quarter or a month (01–12); the lexer lets through `2013-13`, `12` and `2013.5`. */
  private static final java.util.regex.Pattern VALID_PERIOD =
      java.util.regex.Pattern.compile("\\d{4}(Q[1-4]|-(0[1-9]|1[0-2]))?");

  private PeriodLit optionalPeriod(PeriodContext ctx) {
    return ctx == null ? null : period(ctx);
  }

  private BigDecimal number(Token t) {
    return numbers.computeIfAbsent(t.getText(), text -> new BigDecimal(text.replace("_", "")));
  }

  private BigDecimal percentPoints(Token t) {
    return percents.computeIfAbsent(t.getText(), text -> new BigDecimal(text.replace("%", "").replace("_", "").strip()));
  }

  private static String string(TerminalNode node) {
    if (node == null) return null;
    String raw = node.getText();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < raw.length() - 1; i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() - 1) {
        char n = raw.charAt(++i);
        out.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean has(ParserRuleContext ctx, String word) {
    for (ParseTree child : ctx.children) {
      if (child instanceof TerminalNode t && t.getText().equals(word)) return true;
    }
    return false;
  }

  private void once(Object existing, ParserRuleContext at, String option, String construct) {
    if (existing != null) repeated(at, option, construct);
  }

  private void repeated(ParserRuleContext at, String option, String construct) {
    diagnostics.add(Diagnostic.of(Code.C0010, span(at), option, construct));
  }

  private Span span(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getTokenIndex() < start.getTokenIndex()) stop = start;
    return new Span(file, start.getLine(), start.getCharPositionInLine() + 1, stop.getLine(),
        stop.getCharPositionInLine() + 1 + length(stop));
  }

  private Span span(Token t) {
    int col = t.getCharPositionInLine() + 1;
    return new Span(file, t.getLine(), col, t.getLine(), col + length(t));
  }

  /** The token's length in UTF-16 chars, as {@code getText().length()}, without copying the text. */
  private int length(Token t) {
    if (t.getType() == Token.EOF) return 0;
    return supplementary ? t.getText().length() : t.getStopIndex() - t.getStartIndex() + 1;
  }
}
