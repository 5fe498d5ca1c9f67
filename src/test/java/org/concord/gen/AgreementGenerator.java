package org.concord.gen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.Header;
import org.concord.ast.Import;
import org.concord.ast.Name;
import org.concord.ast.PeriodLit;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Span;
import org.concord.report.Formatter;

/**
 * Random well-formed agreements for property tests, reproducible from a seed
 * ({@link SplittableRandom}; no jqwik, see TOOLCHAIN.md). {@link #agreement()} builds an AST
 * whose every part the grammar can express: a header with a random term and granularity,
 * parties at several levels and a joint body with members, inputs, definitions, funds, articles
 * with every kind of clause (nested conditions and loops too), obligations with penalties, dispute
 * routes, and test blocks. {@link #text()} gives its canonical text.
 *
 * <p>Names refer to things that exist (penalties to declared obligations, dispute routes to
 * articles, clauses to parties and funds) and share lines add up to 100%, so the agreements are
 * also plausible input for the checker and simulator; they are not guaranteed to check clean.
 * By default titles carry escapes and non-ASCII text, numbers carry underscores, and words that
 * are keywords elsewhere (`period`, `total`, `pro-rata`) appear as names; {@link #plain()} turns
 * that off.
 *
 * <p>Two forms the grammar cannot tell apart are never generated: an `else` whose first clause is
 * an `if` (it reads as `else if`), and a penalty with neither payment nor option followed by a
 * payment (the payment would read as the penalty's).
 */
public final class AgreementGenerator {
  /** The span every generated node carries. */
  public static final Span SPAN = Span.ofFile("generated.concord");

  private static final String[] REGIONS = {
    "anhui", "zhejiang", "hebei", "beijing", "tianjin", "jiangsu", "shanghai", "fujian", "shenzhen", "shanwei"
  };
  private static final String[] INPUT_NAMES = {"P", "gdp", "population", "revenue", "tax_base", "quality", "growth"};
  private static final String[] SOFT_KEYWORDS = {"period", "total", "balance", "party", "loser", "side", "repeat",
      "arrears", "pro-rata"};
  private static final String[] TITLES = {
    "Central Government", "Anhui Province", "Water quality index", "Xin'an River Fund", "Compensation",
    "Taxes of relocated enterprises", "Disputes", "Joint conference"
  };
  private static final String[] ODD_TITLES = {
    "Quote \" inside", "Back\\slash", "Line\nbreak", "Tab\there", "Zhèjiāng 浙江省", "Wave 🌊 basin", "", "  spaced  "
  };
  private static final String[] FUNCTIONS = {"min", "max", "sum", "average", "previous", "abs"};

  private final SplittableRandom random;
  private boolean stressSyntax = true;

  private List<String> parties = new ArrayList<>();
  private List<String> inputs = new ArrayList<>();
  private List<String> funds = new ArrayList<>();
  private List<String> obligations = new ArrayList<>();
  private List<String> articleNumbers = new ArrayList<>();
  private String body;
  private Header.Granularity granularity = Header.Granularity.YEARLY;
  private int obligationCount;

  public AgreementGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Plain agreements: ordinary titles and numbers, no keywords as names. For checker and
   * simulator properties that are not about syntax.
   */
  public AgreementGenerator plain() {
    stressSyntax = false;
    return this;
  }

  /** The canonical text of a fresh random agreement. */
  public String text() {
    return Formatter.format(agreement());
  }

  /** A fresh random agreement. */
  public Agreement agreement() {
    parties = new ArrayList<>();
    inputs = new ArrayList<>();
    funds = new ArrayList<>();
    obligations = new ArrayList<>();
    articleNumbers = new ArrayList<>();
    obligationCount = 0;
    body = null;

    Header header = header();
    List<Import> imports = new ArrayList<>();
    if (chance(0.1)) imports.add(new Import("common" + random.nextInt(3) + ".concord", SPAN));

    List<Declaration> declarations = new ArrayList<>();
    declarations.add(parties());
    if (chance(0.3)) declarations.add(new Declaration.Outside(name("taxpayers"), optionalTitle(), SPAN));
    declarations.add(inputs());
    int definitions = random.nextInt(3);
    for (int i = 0; i < definitions; i++) declarations.add(definition(i));
    int fundCount = random.nextInt(3);
    for (int i = 0; i < fundCount; i++) declarations.add(fund(i));
    int articleCount = 1 + random.nextInt(4);
    for (int i = 1; i <= articleCount; i++) {
      articleNumbers.add(chance(0.15) ? i + "." + (1 + random.nextInt(3)) : String.valueOf(i));
    }
    for (String number : articleNumbers) declarations.add(article(number));
    int tests = random.nextInt(3);
    for (int i = 0; i < tests; i++) declarations.add(testCase(i));
    return new Agreement("generated.concord", header, imports, declarations, List.of(), SPAN);
  }

  // ------------------------------------------------------------------ header and declarations

  public Header header() {
    granularity = pick(Header.Granularity.values());
    int first = 2010 + random.nextInt(10);
    int last = first + random.nextInt(5);
    Header.Term term = new Header.Term(new PeriodLit(periodText(first, 1), SPAN),
        new PeriodLit(periodText(last, granularity == Header.Granularity.YEARLY ? 1 : 4), SPAN), granularity, SPAN);
    Header.Currency currency = chance(0.8)
        ? new Header.Currency(name(pick("CNY", "EUR", "USD")), chance(0.6) ? name(pick("millions", "thousands")) : null, SPAN)
        : null;
    Header.Rounding rounding = null;
    if (chance(0.6)) {
      int remainder = random.nextInt(3);
      rounding = new Header.Rounding(new BigDecimal(pick("0.01", "1", "0.001", "0.10")),
          name(pick("half-even", "half-up", "down", "floor")), remainder == 1 ? name(REGIONS[0]) : null, remainder == 2,
          SPAN);
    }
    return new Header(name("agreement_" + random.nextInt(1000)), optionalTitle(), term, currency, rounding, SPAN);
  }

  private Declaration.Parties parties() {
    List<Declaration.Party> list = new ArrayList<>();
    list.add(new Declaration.Party(name("central"), optionalTitle(), name("national"), null, List.of(), SPAN));
    int count = 2 + random.nextInt(5);
    for (int i = 0; i < count; i++) {
      String id = REGIONS[i];
      list.add(new Declaration.Party(name(id), optionalTitle(), name(pick("province", "city", "county")),
          chance(0.5) ? name("central") : null, List.of(), SPAN));
      parties.add(id);
    }
    if (chance(0.5)) {
      body = pick("conference", "council");
      List<Name> members = parties.subList(0, 2 + random.nextInt(parties.size() - 1)).stream().map(this::name).toList();
      list.add(new Declaration.Party(name(body), optionalTitle(), name("body"), null, members, SPAN));
    }
    return new Declaration.Parties(list, SPAN);
  }

  private Declaration.Inputs inputs() {
    List<Declaration.Input> list = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String id = stressSyntax && chance(0.1) ? pick(SOFT_KEYWORDS) : INPUT_NAMES[i];
      if (inputs.contains(id)) id = INPUT_NAMES[i];
      inputs.add(id);
      boolean money = chance(0.4);
      Declaration.Range range = chance(0.4) ? new Declaration.Range(signed(), signed(), SPAN) : null;
      list.add(new Declaration.Input(name(id), optionalTitle(), name(money ? "money" : pick("number", "percent", "count")),
          money && chance(0.5) ? name("CNY") : null, range, chance(0.4),
          chance(0.3) ? Declaration.Variation.CONSTANT : Declaration.Variation.PER_PERIOD,
          chance(0.2) ? name(party()) : null, chance(0.3) ? expr(2) : null, SPAN));
    }
    return new Declaration.Inputs(list, SPAN);
  }

  private Expr signed() {
    Expr value = chance(0.3) ? percent() : number();
    return chance(0.3) ? new Expr.Unary(Expr.UnaryOp.NEGATE, value, SPAN) : value;
  }

  private Declaration.Definition definition(int i) {
    String id = "def_" + i;
    boolean perParty = chance(0.4);
    Declaration.Definition d = new Declaration.Definition(name(id), perParty ? name("p") : null, optionalTitle(),
        expr(3), SPAN);
    inputs.add(id);
    return d;
  }

  private Declaration.Fund fund(int i) {
    String id = pick("basin", "pool", "reserve") + "_" + i;
    funds.add(id);
    return new Declaration.Fund(name(id), optionalTitle(), chance(0.8) ? name(party()) : null,
        chance(0.4) ? number() : null, chance(0.5) ? pick(Declaration.Shortfall.values()) : null, chance(0.4),
        chance(0.2) ? name(party()) : null, SPAN);
  }

  private Declaration.Article article(String number) {
    int count = random.nextInt(4);
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < count; i++) clauses.add(clause(2));
    clauses = safeSequence(clauses);
    return new Declaration.Article(number, optionalTitle(), clauses, SPAN);
  }

  // ------------------------------------------------------------------ clauses

  /** A random clause; {@code depth} bounds the nesting of conditions and loops inside it. */
  public Clause clause(int depth) {
    int kind = random.nextInt(depth > 0 ? 9 : 7);
    return switch (kind) {
      case 0 -> new Clause.Payment(name(account()), expr(2), name(account()), timing(), SPAN);
      case 1 -> share();
      case 2 -> new Clause.Distribution(name(fundOrParty()), expr(2), partySet(), basis(), timing(), SPAN);
      case 3 -> new Clause.Contribution(partySet(), expr(2), name(fundOrParty()), basis(), timing(), SPAN);
      case 4 -> obligation();
      case 5 -> penalty();
      case 6 -> dispute();
      case 7 -> conditional(depth - 1);
      default -> forEach(depth - 1);
    };
  }

  private Clause.Share share() {
    int count = 1 + random.nextInt(Math.min(4, parties.size()));
    List<Clause.ShareLine> lines = new ArrayList<>();
    BigDecimal left = new BigDecimal(100);
    for (int i = 0; i < count; i++) {
      BigDecimal points;
      if (i == count - 1) {
        points = left;
      } else {
        points = new BigDecimal(1 + random.nextInt(Math.max(1, left.intValue() - (count - i)))).min(left);
        if (stressSyntax && chance(0.2)) points = points.add(new BigDecimal("0.5")).min(left);
      }
      left = left.subtract(points);
      lines.add(new Clause.ShareLine(points, name(parties.get(i)), SPAN));
    }
    return new Clause.Share(name(pick(inputs)), chance(0.5) ? name(party()) : null, lines,
        chance(0.3) ? name(party()) : null,
        chance(0.3) ? new Clause.TotalCap(name(party()), expr(1), SPAN) : null,
        chance(0.3) ? expr(1) : null, timing(), SPAN);
  }

  private Clause.Conditional conditional(int depth) {
    List<Clause.Branch> branches = new ArrayList<>();
    int count = 1 + (chance(0.4) ? random.nextInt(3) : 0);
    for (int i = 0; i < count; i++) branches.add(new Clause.Branch(condition(2), block(depth), SPAN));
    List<Clause> otherwise = null;
    if (chance(0.6)) {
      otherwise = block(depth);
      if (!otherwise.isEmpty() && otherwise.getFirst() instanceof Clause.Conditional) {
        otherwise.addFirst(new Clause.Payment(name(account()), number(), name(account()), timing(), SPAN));
      }
    }
    return new Clause.Conditional(branches, otherwise, SPAN);
  }

  private Clause.ForEach forEach(int depth) {
    return new Clause.ForEach(name("p"), partySet(), block(depth), SPAN);
  }

  private List<Clause> block(int depth) {
    int count = random.nextInt(4);
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < count; i++) clauses.add(clause(depth));
    return safeSequence(clauses);
  }

  /** Keeps a bare penalty from being followed by a payment it would swallow. */
  private List<Clause> safeSequence(List<Clause> clauses) {
    List<Clause> out = new ArrayList<>(clauses);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (out.get(i) instanceof Clause.Penalty p && p.amount() == null && p.interest() == null
          && p.escalation() == null && out.get(i + 1) instanceof Clause.Payment) {
        out.set(i, new Clause.Penalty(p.obligation(), null, null, null, null,
            new Clause.Escalation(new BigDecimal(10), SPAN), SPAN));
      }
    }
    return out;
  }

  private Clause.Obligation obligation() {
    String id = "duty_" + obligationCount++;
    obligations.add(id);
    Clause.Duty duty = chance(0.5)
        ? new Clause.PayDuty(expr(1), name(fundOrParty()), SPAN)
        : new Clause.EnsureDuty(condition(2), SPAN);
    return new Clause.Obligation(name(id), optionalTitle(), name(party()), duty, chance(0.5) ? period() : null,
        chance(0.2), SPAN);
  }

  private Clause.Penalty penalty() {
    String obligation = obligations.isEmpty() ? "duty_0" : pick(obligations);
    boolean pays = chance(0.7);
    Clause.Interest interest = chance(0.3) ? new Clause.Interest(points(), name(party()), SPAN) : null;
    Clause.Escalation escalation = chance(0.3) ? new Clause.Escalation(points(), SPAN) : null;
    return new Clause.Penalty(name(obligation), pays && chance(0.5) ? name(party()) : null, pays ? expr(1) : null,
        pays ? name(party()) : null, interest, escalation, SPAN);
  }

  private Clause.DisputeRoute dispute() {
    List<Clause.ArticleRef> articles = new ArrayList<>();
    if (chance(0.6)) {
      for (String n : articleNumbers) if (chance(0.5)) articles.add(new Clause.ArticleRef(n, SPAN));
    }
    List<Clause.ForumStep> steps = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      boolean byArbiter = chance(0.5);
      List<Name> who = byArbiter ? List.of(name(party()))
          : parties.subList(0, 1 + random.nextInt(parties.size())).stream().map(this::name).toList();
      steps.add(new Clause.ForumStep(name(pick("consultation", "mediation", "arbitration")), who, byArbiter,
          new BigDecimal(1 + random.nextInt(12)), name(pick("months", "days", "years")),
          pick(Clause.Binding.values()), SPAN));
    }
    Clause.Costs costs = switch (random.nextInt(4)) {
      case 0 -> new Clause.Costs(Clause.CostBearer.LOSER, null, SPAN);
      case 1 -> new Clause.Costs(Clause.CostBearer.EACH_SIDE, null, SPAN);
      case 2 -> new Clause.Costs(Clause.CostBearer.PARTY, name(party()), SPAN);
      default -> null;
    };
    return new Clause.DisputeRoute(articles, steps, chance(0.4), costs, chance(0.2) ? number() : null, chance(0.2),
        SPAN);
  }

  private Clause.Timing timing() {
    if (chance(0.5)) return Clause.Timing.always(SPAN);
    String unit = switch (granularity) {
      case YEARLY -> "year";
      case QUARTERLY -> "quarter";
      case MONTHLY -> "month";
    };
    boolean forSome = chance(0.2);
    return new Clause.Timing(chance(0.3) ? name(unit) : null, chance(0.2) ? period() : null,
        chance(0.3) ? period() : null, chance(0.3) ? period() : null,
        forSome ? new BigDecimal(1 + random.nextInt(5)) : null, forSome ? name(unit + "s") : null, SPAN);
  }

  private Clause.PartySet partySet() {
    int kind = random.nextInt(3);
    if (kind == 0) return new Clause.AllParties(SPAN);
    if (kind == 1 && body != null) return new Clause.MembersOf(name(body), SPAN);
    return new Clause.PartyList(parties.subList(0, 1 + random.nextInt(parties.size())).stream().map(this::name).toList(),
        SPAN);
  }

  private Clause.Basis basis() {
    return switch (random.nextInt(4)) {
      case 0 -> new Clause.Equally(SPAN);
      case 1 -> new Clause.Proportional(expr(1), SPAN);
      case 2 -> new Clause.Equalising(expr(1), SPAN);
      default -> null;
    };
  }

  // ------------------------------------------------------------------ tests

  private TestCase testCase(int i) {
    List<TestCase.Given> givens = new ArrayList<>();
    int count = random.nextInt(4);
    for (int k = 0; k < count; k++) {
      givens.add(switch (random.nextInt(4)) {
        case 0 -> new TestCase.ScenarioFile("scenario_" + k + ".json", SPAN);
        case 1 -> {
          List<TestCase.GivenValue> values = new ArrayList<>();
          int n = 1 + random.nextInt(3);
          for (int v = 0; v < n; v++) values.add(new TestCase.GivenValue(expr(1), chance(0.6) ? period() : null, SPAN));
          yield new TestCase.Values(name(pick(inputs)), chance(0.3) ? name(party()) : null, values, SPAN);
        }
        case 2 -> new TestCase.Dispute(pick(articleNumbers), period(), chance(0.5) ? name(pick("upheld", "dismissed")) : null,
            SPAN);
        default -> new TestCase.Default(name(party()), name(obligations.isEmpty() ? "duty_0" : pick(obligations)),
            period(), SPAN);
      });
    }
    List<TestCase.Expectation> expectations = new ArrayList<>();
    count = random.nextInt(4);
    for (int k = 0; k < count; k++) {
      expectations.add(switch (random.nextInt(5)) {
        case 0 -> new TestCase.Net(name(account()), chance(0.7) ? period() : null, number(), SPAN);
        case 1 -> new TestCase.Flow(name(account()), name(account()), chance(0.7) ? period() : null, number(), SPAN);
        case 2 -> new TestCase.Balance(name(fundOrParty()), period(), number(), SPAN);
        case 3 -> new TestCase.Event(name(pick("breach", "ruling", "payment")), chance(0.6) ? name(party()) : null,
            period(), SPAN);
        default -> new TestCase.Reports(name(pick("C0301", "C0101", "C0701")), SPAN);
      });
    }
    return new TestCase(pick("clean water", "dirty water", "case " + i, "odd \"quoted\" case"), givens, expectations,
        chance(0.3) ? number() : null, SPAN);
  }

  // ------------------------------------------------------------------ expressions

  /** A random numeric-looking expression no deeper than {@code depth} operators. */
  public Expr expr(int depth) {
    if (depth <= 0 || chance(0.3)) return operand();
    int kind = random.nextInt(10);
    if (kind == 0) return new Expr.Unary(Expr.UnaryOp.NEGATE, expr(depth - 1), SPAN);
    if (kind == 1) return new Expr.Unary(Expr.UnaryOp.NOT, expr(depth - 1), SPAN);
    return new Expr.Binary(pick(Expr.BinaryOp.values()), expr(depth - 1), expr(depth - 1), SPAN);
  }

  /** A random condition: a comparison, a connective of conditions, a negation or a boolean. */
  public Expr condition(int depth) {
    if (depth <= 0 || chance(0.2)) {
      return chance(0.2) ? new Expr.Bool(chance(0.5), SPAN) : comparison();
    }
    return switch (random.nextInt(4)) {
      case 0 -> new Expr.Unary(Expr.UnaryOp.NOT, condition(depth - 1), SPAN);
      case 1 -> new Expr.Binary(Expr.BinaryOp.AND, condition(depth - 1), condition(depth - 1), SPAN);
      case 2 -> new Expr.Binary(Expr.BinaryOp.OR, condition(depth - 1), condition(depth - 1), SPAN);
      default -> comparison();
    };
  }

  private Expr comparison() {
    Expr.BinaryOp op = pick(Expr.BinaryOp.LT, Expr.BinaryOp.LE, Expr.BinaryOp.GT, Expr.BinaryOp.GE, Expr.BinaryOp.EQ,
        Expr.BinaryOp.NE);
    return new Expr.Binary(op, expr(1), expr(1), SPAN);
  }

  private Expr operand() {
    return switch (random.nextInt(7)) {
      case 0, 1 -> number();
      case 2 -> percent();
      case 3 -> new Expr.Ref(name(pick(inputs)), SPAN);
      case 4 -> new Expr.Index(name(pick(inputs)), name(party()), SPAN);
      case 5 -> {
        int n = random.nextInt(3);
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < n; i++) args.add(expr(1));
        yield new Expr.Call(name(pick(FUNCTIONS)), args, SPAN);
      }
      default -> new Expr.Ref(name(pick(inputs)), SPAN);
    };
  }

  public Expr.Number number() {
    String text = switch (random.nextInt(stressSyntax ? 6 : 4)) {
      case 0 -> String.valueOf(random.nextInt(10));
      case 1 -> String.valueOf(random.nextInt(1000));
      case 2 -> random.nextInt(100) + "." + random.nextInt(100);
      case 3 -> random.nextInt(10) + ".5";
      case 4 -> (1 + random.nextInt(99)) + "_" + String.format("%03d", random.nextInt(1000));
      default -> "0" + random.nextInt(10);
    };
    return new Expr.Number(new BigDecimal(text.replace("_", "")), text, SPAN);
  }

  public Expr.Percent percent() {
    BigDecimal points = points();
    String text = points.toPlainString() + (stressSyntax && chance(0.2) ? " %" : "%");
    return new Expr.Percent(points, text, SPAN);
  }

  private BigDecimal points() {
    return chance(0.8) ? new BigDecimal(random.nextInt(101)) : new BigDecimal(random.nextInt(100) + ".5");
  }

  // ------------------------------------------------------------------ leaves

  private PeriodLit period() {
    int year = 2010 + random.nextInt(10);
    return new PeriodLit(periodText(year, 1 + random.nextInt(4)), SPAN);
  }

  private String periodText(int year, int part) {
    return switch (granularity) {
      case YEARLY -> String.valueOf(year);
      case QUARTERLY -> year + "Q" + part;
      case MONTHLY -> year + "-" + String.format("%02d", part * 3);
    };
  }

  private String optionalTitle() {
    if (chance(0.3)) return null;
    return stressSyntax && chance(0.15) ? pick(ODD_TITLES) : pick(TITLES);
  }

  private String party() {
    return pick(parties);
  }

  private String account() {
    return funds.isEmpty() || chance(0.6) ? party() : pick(funds);
  }

  private String fundOrParty() {
    return funds.isEmpty() ? party() : pick(funds);
  }

  private Name name(String text) {
    return new Name(text, SPAN);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
