package org.concord.syntax;

import java.util.Map;
import java.util.Set;

/**
 * The construct a syntax error happened in, named as a drafter would name it, with an example
 * of how that construct is written (the help line of the diagnostic).
 */
enum Construct {
  HEADER(" in the agreement header", "a header item",
      "the header reads `agreement id \"Title\"` then `term 2012 to 2014 yearly`, `currency CNY millions`, `rounding 0.01 half-even`"),
  PARTY(" in this party", "a party",
      "a party reads `anhui \"Anhui Province\" level province [parent central] [members a, b]`"),
  INPUT(" in this input", "an input option",
      "an input reads `P \"Title\" : number in [0, 5]`; options are `by party`, `constant`, `collected by X`, `default E`"),
  DEFINITION(" in this definition", "an expression", "a definition reads `define name = expression`"),
  FUND(" in this fund", "a fund option",
      "a fund reads `fund basin \"Title\" held by anhui [initial balance 0] [on shortfall pro-rata] [carry over]`"),
  SHARE(" in this `share` clause", "a percentage or a share option",
      "a share reads `share base collected by hebei` then lines like `50% to beijing`"),
  PAYMENT(" in this payment", "an amount or `to`", "a payment reads `central pays 300 to basin`"),
  DISTRIBUTION(" in this distribution", "a recipient or basis",
      "a distribution reads `basin distributes 100 to a, b in proportion to population`"),
  CONTRIBUTION(" in this contribution", "an amount or basis",
      "a contribution reads `a, b contribute 200 to basin equally`"),
  CONDITIONAL(" in this `if`", "a clause, `else` or `end`",
      "a condition reads `if P <= 1 then … else … end`"),
  FOR_EACH(" in this `for each`", "a clause or `end`",
      "a loop reads `for each p in members of conference do … end`"),
  OBLIGATION(" in this obligation", "a duty",
      "an obligation reads `obligation id anhui must pay 100 to basin by 2013` or `… must ensure P <= 1`"),
  PENALTY(" in this penalty", "a payment or option",
      "a penalty reads `penalty on breach of id: pays 10 to zhejiang [interest 1% per period on arrears to zhejiang]`"),
  DISPUTE(" in this dispute route", "a forum step",
      "a route reads `disputes under article 2 go to consultation between a and b within 2 months then arbitration by central within 6 months, binding`"),
  TIMING(" in this clause's timing", "`in`, `from`, `through`, `for` or `each`",
      "timing reads `from 2013 through 2015`, `in 2013`, `for 3 years` or `each year`"),
  TEST(" in this test", "`given`, `expect` or `end`",
      "a test reads `test \"name\" given P = 0.9 in 2012 expect net anhui in 2012 = 100 end`"),
  EXPRESSION(" in this expression", "an operand",
      "an expression combines numbers, percentages and names with `+ - * / of`, comparisons and `and`/`or`"),
  ARTICLE(" in this article", "a clause",
      "an article reads `article 2 \"Title\"` followed by clauses such as `central pays 300 to basin`"),
  FILE("", "a declaration",
      "top-level parts are `parties`, `inputs`, `define`, `fund`, `outside`, `article` and `test`");

  final String phrase;
  final String summary;
  final String help;

  Construct(String phrase, String summary, String help) {
    this.phrase = phrase;
    this.summary = summary;
    this.help = help;
  }

  /**
   * Parse-tree context names (rule names, and the labels of rule alternatives) that name a
   * construct. Party sets, bases and expressions are left out on purpose: an error inside one is
   * best explained by the clause around it.
   */
  private static final Map<String, Construct> BY_CONTEXT = byContext();

  private static Map<String, Construct> byContext() {
    Map<String, Construct> m = new java.util.HashMap<>();
    put(m, HEADER, "header", "headerItem", "termItem", "currencyItem", "roundingItem", "roundingMode", "granularity");
    put(m, PARTY, "partiesSection", "partyDecl");
    put(m, INPUT, "inputsSection", "inputDecl", "inputType", "inputOption", "rangeOption", "byPartyOption",
        "constantOption", "perPeriodOption", "collectedByOption", "defaultOption");
    put(m, DEFINITION, "definition");
    put(m, FUND, "fundDecl", "fundOption", "heldByOption", "initialBalanceOption", "shortfallOption",
        "carryOverOption", "lapseOption");
    put(m, PAYMENT, "paymentClause");
    put(m, SHARE, "shareClause", "shareLine", "shareOption", "remainderOption", "capTotalOption", "capPeriodOption");
    put(m, DISTRIBUTION, "distributionClause");
    put(m, CONTRIBUTION, "contributionClause");
    put(m, CONDITIONAL, "conditionalClause", "elseIf");
    put(m, FOR_EACH, "forEachClause");
    put(m, OBLIGATION, "obligationClause", "duty", "payDuty", "ensureDuty", "deadline", "byDeadline",
        "eachPeriodDeadline");
    put(m, PENALTY, "penaltyClause", "penaltyPayment", "penaltyOption", "interestOption", "escalationOption");
    put(m, DISPUTE, "disputeClause", "disputeScope", "forumStep", "forumParties", "betweenParties", "byArbiter",
        "binding", "disputeOption", "escrowOption", "costsOption", "costAmountOption", "consentOption");
    put(m, TIMING, "timing", "timingPart", "eachTiming", "inTiming", "fromTiming", "throughTiming", "forTiming");
    put(m, TEST, "testCase", "given", "scenarioGiven", "valueGiven", "disputeGiven", "defaultGiven", "givenValue",
        "ruling", "expectation", "netExpect", "flowExpect", "balanceExpect", "eventExpect", "eventKind", "diagnosticExpect",
        "tolerance");
    put(m, ARTICLE, "article", "clause");
    put(m, FILE, "file", "declaration", "importDecl", "outsideDecl");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Construct> m, Construct c, String... names) {
    for (String n : names) m.put(n, c);
  }

  /** The innermost enclosing construct a drafter knows, walking out from the parser's context. */
  static Construct innermost(org.antlr.v4.runtime.RuleContext context) {
    boolean inExpression = false;
    for (var ctx = context; ctx != null; ctx = ctx.parent) {
      String simple = ctx.getClass().getSimpleName().replace("Context", "");
      String name = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
      Construct c = BY_CONTEXT.get(name);
      if (c != null) return c;
      if (name.endsWith("Expr") || name.endsWith("Lit") || name.equals("expr") || name.equals("primary")) {
        inExpression = true;
      }
    }
    return inExpression ? EXPRESSION : FILE;
  }

  /** Words that are keywords in one place but may be names elsewhere (see `ident` in the grammar). */
  static final Set<String> SOFT_KEYWORDS =
      Set.of("'pro-rata'", "'arrears'", "'balance'", "'party'", "'period'", "'total'", "'loser'", "'side'", "'repeat'", "'breach'");
}
