package org.concord.diagnostic;

import static org.concord.diagnostic.Severity.ERROR;
import static org.concord.diagnostic.Severity.WARNING;

import java.util.Locale;

/**
 * The catalogue of every diagnostic Concord can give: its code, default severity, a title for
 * `concord explain`, and the message and help templates ({@link String#format} placeholders).
 * All wording lives here so it is reviewed in one place; spec/diagnostics.md documents each
 * code with a failing example and its fix, and a test keeps the two in step.
 *
 * <p>Ranges: C00xx syntax and limits, C01xx names, C02xx types and units, C03xx shares, C04xx
 * periods, C05xx conditions, C06xx accounts and conservation, C07xx enforceability, C08xx
 * arbitration, C09xx agreement sets, C10xx scenario files, C11xx simulation, C12xx tests.
 */
public enum Code {
  // ---------------------------------------------------------------- C00xx syntax and limits
  C0001(ERROR, "syntax error", "%1$s", "%2$s"),
  C0002(ERROR, "unterminated string", "this string has no closing `\"`",
      "close the string with `\"` on the same line"),
  C0003(ERROR, "unexpected character", "unexpected character `%s`",
      "remove it; names use letters, digits and `_`, comments start with `--`"),
  C0004(ERROR, "too many syntax errors", "too many syntax errors; stopped after %s",
      "fix the errors above and check again"),
  C0005(ERROR, "unreadable file", "cannot read `%s`: %s", "check that the file exists and is UTF-8 text"),
  C0006(ERROR, "empty agreement", "the file has no agreement in it",
      "start it with `agreement NAME \"Title\"`"),
  C0007(ERROR, "nesting too deep", "nesting is %s levels deep, more than the limit of %s",
      "split the expression into named `define`s, or raise the limit with `--max-depth`"),
  C0008(ERROR, "file too large", "the file is %s bytes, more than the limit of %s",
      "split the agreement into files joined by `import`, or raise the limit with `--max-file-size`"),
  C0009(ERROR, "number too long", "this number has %s digits, more than the limit of %s",
      "write the amount in a larger unit (see `currency … millions`), or raise the limit with `--max-digits`"),
  C0010(ERROR, "repeated option", "`%s` is given twice in this %s", "keep one of them"),
  C0011(ERROR, "invalid period", "`%s` is not a period", "write a year `2013`, a quarter `2013Q2` or a month `2013-04`"),
  C0012(ERROR, "misplaced header", "the `agreement` header must come first in the file",
      "move `agreement …` and its `term`, `currency` and `rounding` lines to the top"),
  C0013(ERROR, "too many declarations", "the file declares %s %s, more than the limit of %s",
      "split the agreement, or raise the limit with `--max-%4$s`"),

  // ---------------------------------------------------------------- C01xx names
  C0101(ERROR, "undefined party", "`%s` is not a party of this agreement",
      "declare `%1$s` under `parties`, or import the file that declares it"),
  C0102(ERROR, "undefined value", "`%s` is not an input or a definition",
      "declare `%1$s` under `inputs`, or define it with `define %1$s = …`"),
  C0103(ERROR, "undefined fund", "`%s` is not a fund", "declare it with `fund %1$s \"Title\" held by …`"),
  C0104(ERROR, "undefined article", "there is no article %s", "refer to an article that exists, or add article %1$s"),
  C0105(ERROR, "undefined obligation", "there is no obligation `%s`",
      "name an obligation declared with `obligation %1$s … must …`"),
  C0106(ERROR, "unknown function", "`%s` is not a function",
      "use one of: min, max, abs, sum, mean, previous, cumulative, balance"),
  C0107(ERROR, "duplicate declaration", "%s `%s` is declared twice", "rename one of them, or remove the repeat"),
  C0108(Severity.WARNING, "unused input", "input `%s` is never used", "use it in an article or a definition, or remove it"),
  C0109(Severity.WARNING, "unused definition", "definition `%s` is never used",
      "use it in an article or another definition, or remove it"),
  C0110(Severity.WARNING, "unused fund", "fund `%s` is never paid into or out of",
      "add an article that pays into or out of `%1$s`, or remove it"),
  C0111(Severity.WARNING, "unused outside account", "outside account `%s` is never used",
      "add an article that pays from or to `%1$s`, or remove it"),
  C0112(ERROR, "wrong kind of name", "`%s` is %s, not %s", "write %3$s here"),
  C0113(ERROR, "per-party value without a party", "`%s` is given per party; say whose: `%1$s[%s]`",
      "index `%1$s` with a party or a `for each` variable"),
  C0114(ERROR, "index on a single value", "`%s` is one value for all parties, not one per party",
      "remove `[%2$s]`, or declare `%1$s` with `by party`"),
  C0115(ERROR, "unknown level", "`%s` is not a level of government",
      "use one of: national, province, prefecture, county, district, zone, body"),
  C0116(ERROR, "members of a government", "`%s` has members but is of level `%s`",
      "make `%1$s` a joint body with `level body`, or remove its members"),
  C0117(ERROR, "missing import", "cannot find imported file `%s`",
      "check the path; it is read relative to the importing file's directory"),
  C0118(ERROR, "cyclic import", "importing `%s` makes a cycle: %s",
      "move what the files share into a third file that imports neither"),
  C0119(ERROR, "import outside the agreement's directory", "`%s` is outside `%s`",
      "keep imported files inside `%2$s` and its subdirectories"),
  C0120(Severity.WARNING, "duplicate import", "`%s` is imported twice", "remove the repeated `import`"),
  C0121(ERROR, "penalty word outside a penalty", "`%s` has a meaning only in the amount of a penalty",
      "use `%1$s` after `penalty on breach of …:`, or declare an input under another name"),
  C0122(ERROR, "cyclic definitions", "definitions depend on each other in a cycle: %s",
      "compute one of them without using the others"),
  C0123(ERROR, "missing header", "the file has no `agreement` header",
      "start the file with `agreement NAME \"Title\"` and its `term` and `currency` lines"),
  C0124(ERROR, "not a joint body", "`%s` has no members", "name a party declared with `members …`"),
  C0125(ERROR, "share without a collector", "no party is named as collecting `%s`",
      "add `collected by PARTY` to the share, or to the input `%1$s`"),
  C0127(ERROR, "variable hides a name", "`%s` is already %s of this agreement",
      "choose another name for the variable, such as `p`"),
  // ---------------------------------------------------------------- C02xx types and units
  C0201(ERROR, "incompatible operands", "`%s` cannot combine %s with %s",
      "make both sides the same kind of value; a percent of money is written `5%% of amount`"),
  C0202(ERROR, "comparison of unlike values", "cannot compare %s with %s", "compare values of the same kind"),
  C0203(ERROR, "wrong operand", "`%s` needs %s, not %s", "%4$s"),
  C0204(ERROR, "condition is not true or false", "this condition is %s, not true or false",
      "write a comparison, such as `P <= 1`"),
  C0205(ERROR, "wrong kind of value", "%s must be %s, not %s", "write an expression whose value is %2$s"),
  C0206(ERROR, "unknown type", "`%s` is not a type", "use money, number, percent, count or boolean"),
  C0207(ERROR, "foreign currency", "`%s` is money in %s, but the agreement's currency is %s",
      "write `money %3$s`, and convert the amounts before they enter the agreement"),
  C0208(ERROR, "empty range", "the range [%s, %s] is empty: its low end is above its high end",
      "swap the ends: `in [%2$s, %1$s]`"),
  C0209(ERROR, "`of` without a percent", "the left of `of` must be a percent, not %s",
      "write a percent before `of`, as in `5%% of revenue`, or use `*`"),
  C0210(ERROR, "missing currency", "the agreement has no `currency`",
      "add `currency CNY` (the code of its currency) to the header"),
  C0211(ERROR, "unknown rounding mode", "`%s` is not a rounding mode",
      "use one of: half-even, half-up, half-down, up, down, ceiling, floor"),
  C0212(ERROR, "wrong number of arguments", "`%s` takes %s, not %s", "write `%1$s(%4$s)`"),
  C0213(ERROR, "share of a non-money base", "`%s` is %s; a share splits an input of money",
      "share an input declared `: money` under `inputs`"),
  C0214(ERROR, "rounding increment not positive", "rounding to %s has no meaning",
      "round to a positive increment such as `0.01`"),
  C0215(ERROR, "currency on a non-money input", "`%s` is %s and takes no currency",
      "remove `%3$s`, or make `%1$s` money"),
  C0216(ERROR, "aggregate of a single value", "`%s` needs a value given per party, but `%s` is one value",
      "aggregate a per-party input or definition, as in `%1$s(population)`"),
  C0217(ERROR, "default is not a constant", "the default of `%s` must be a constant, not `%s`",
      "write the value itself, as in `default 0`"),
  // ---------------------------------------------------------------- C03xx shares
  C0301(ERROR, "shares short of 100%", "shares of `%s` add up to %s%%, not 100%%",
      "give the remaining %3$s%% to a party, or add `remainder to %4$s`"),
  C0302(ERROR, "shares over 100%", "shares of `%s` add up to %s%%, more than 100%%",
      "lower the shares by %3$s%% in all, so they add up to 100%%"),
  C0303(ERROR, "share above the whole", "a share of %s%% to `%s` is more than the whole of `%s`",
      "give `%2$s` at most 100%%"),
  C0304(WARNING, "zero share", "`%s` gets 0%% of `%s`", "remove the line, or give `%1$s` its share"),
  C0305(ERROR, "recipient named twice", "`%s` is named twice in the share of `%s`",
      "merge the two lines into one line of %3$s%%"),
  C0306(ERROR, "cap on a party with no share", "`%s` is capped but gets no share of `%s`",
      "cap one of the recipients: %3$s"),
  C0307(WARNING, "remainder never applies", "`remainder to %s` never applies: the shares of `%s` already add up to 100%%",
      "remove `remainder to %1$s`"),
  C0308(ERROR, "base shared out twice", "`%s` is shared out %s%% in %s, here and in article %s",
      "end one clause before the other begins, or lower the shares so they add up to at most 100%%"),
  C0309(ERROR, "collector differs from the input", "`%s` is collected by `%s`, as its input says, not by `%s`",
      "write `collected by %2$s`, or correct the input's `collected by`"),
  // ---------------------------------------------------------------- C04xx periods
  C0401(ERROR, "missing term", "the agreement has no `term`",
      "add `term 2012 to 2014 yearly` (its first and last period) to the header"),
  C0402(ERROR, "period of the wrong granularity", "`%s` is not a %s period", "write a %2$s period, such as `%3$s`"),
  C0403(ERROR, "reversed term", "the term ends in %s, before it starts in %s", "swap them: `term %2$s to %1$s`"),
  C0404(ERROR, "period outside the term", "`%s` is outside the term %s to %s",
      "use a period from %2$s to %3$s, or extend the term"),
  C0405(ERROR, "`each` of the wrong granularity", "`each %s` does not fit a %s agreement",
      "write `each %3$s`, or leave it out: a clause applies every period unless its timing says otherwise"),
  C0406(ERROR, "unknown unit of time", "`%s` is not a unit of time here", "use %2$s"),
  C0407(ERROR, "duration not a whole number of periods", "%s %s is not a whole number of %s periods",
      "give a duration that is a whole number of periods"),
  C0408(Severity.WARNING, "duration runs past the term", "this runs until %s, after the term ends in %s",
      "shorten the duration, or extend the term; the clause stops at the end of the term"),
  C0409(ERROR, "conflicting timing", "`%s` cannot be combined with `%s`",
      "use `in P` for one period, `from P`/`through P` for a range, or `for N years` from a start"),
  C0410(ERROR, "range ends before it starts", "`through %s` is before `from %s`", "swap the two periods"),
  // ---------------------------------------------------------------- C05xx conditions
  C0501(WARNING, "values no condition covers", "the conditions on `%s` leave %s uncovered",
      "add an `else`, or widen a condition to cover %2$s"),
  C0502(WARNING, "paid twice under overlapping conditions", "`%s` pays `%s` twice when %s",
      "make the conditions exclude each other, or join them with `else if`"),
  C0503(WARNING, "branch never taken", "this branch is never taken: earlier conditions on `%s` already cover it",
      "put the narrower condition first, or correct its bounds"),
  C0504(WARNING, "condition always holds", "this condition always holds for `%s` %s",
      "remove the condition, or correct it or the declared range of `%1$s`"),
  C0505(WARNING, "condition never holds", "this condition never holds for `%s` %s",
      "correct the condition, or the declared range of `%1$s`"),
  C0506(WARNING, "else never taken", "the `else` is never taken: the conditions above cover `%s` %s",
      "remove the `else`, or narrow the conditions above it"),
  // ---------------------------------------------------------------- C06xx accounts and conservation
  C0601(ERROR, "account pays itself", "`%s` pays itself", "name a different payee, or remove the clause"),
  C0603(WARNING, "fund with no inflow", "nothing is ever paid into fund `%s`",
      "add a contribution such as `a, b contribute 100 to %1$s`, or give it an `initial balance`"),
  C0604(WARNING, "fund never pays out", "fund `%s` never pays out",
      "add `%1$s distributes … to …`, or declare `carry over` if it is meant to accumulate"),
  C0605(WARNING, "fund can overdraw", "fund `%s` pays out at least %s by %s, but at most %s can have come in",
      "declare `on shortfall pro-rata` or `on shortfall arrears`, or lower the payouts"),
  C0606(WARNING, "negative amount", "`%s` is a negative amount: the money flows the other way",
      "swap payer and payee and write a positive amount"),
  C0607(WARNING, "fund carries over and lapses", "fund `%s` both carries over and lapses to `%s`",
      "keep either `carry over` or `lapse to %2$s`"),
  C0608(ERROR, "not a fund", "`%s` is %s, not a fund: only a fund can %s",
      "name a fund declared with `fund`, or write the flow as a payment: `A pays AMOUNT to B`"),
  // ---------------------------------------------------------------- C07xx enforceability
  C0701(WARNING, "obligation without consequence", "obligation `%s` has no consequence if it is breached",
      "add `penalty on breach of %1$s: …`, a dispute route under article %2$s, or mark it `hortatory`"),
  C0703(ERROR, "penalty on a hortatory obligation", "obligation `%s` is hortatory but is penalised here",
      "remove `hortatory` from the obligation, or remove the penalty"),
  C0704(WARNING, "money without a dispute route", "article %s moves money but no dispute route covers it",
      "add %1$s to a route's `under article` list, or add a route with no `under article` that covers every article"),
  C0706(ERROR, "penalty without an amount", "the penalty on breach of `%s` has no amount",
      "add `pays AMOUNT to PARTY`, or `interest RATE per period on arrears to PARTY`"),
  C0707(WARNING, "interest on a duty that owes no money", "interest on arrears cannot accrue: obligation `%s` owes no money",
      "charge a fixed penalty instead, such as `pays 10 to %2$s`"),
  // ---------------------------------------------------------------- C08xx arbitration
  C0801(ERROR, "route not binding", "the dispute route ends in `%s`, which is not binding",
      "make the last step binding: end it with `, binding`"),
  C0802(ERROR, "forum repeated", "`%s` appears twice in this dispute route",
      "remove the repeated step: a route escalates, it does not go back"),
  C0803(ERROR, "time limit not positive", "a time limit of %s %s leaves no time for `%s`",
      "give a positive limit, such as `within 2 months`"),
  C0804(ERROR, "unknown unit of time", "`%s` is not a unit of time", "write days, weeks, months or years"),
  C0805(ERROR, "arbiter is a disputant", "`%s` arbitrates a dispute it is party to",
      "name a neutral arbiter such as `%2$s`, or add `all parties consent`"),
  C0806(WARNING, "arbiter below the disputants", "arbiter `%s` is a %s, below the %s `%s` it rules on",
      "name an arbiter at %3$s level or above, such as `%5$s`"),
  C0807(WARNING, "steps after a binding step", "`%s` is binding, so the steps after it are never reached",
      "make this step non-binding, or remove the steps after it"),
  C0808(ERROR, "forum with one side", "`%s between %s` names fewer than two parties",
      "name the other side too: `between A and B`"),
  C0809(WARNING, "unknown forum", "`%s` is not a known forum",
      "use consultation, negotiation, mediation, arbitration, adjudication or conference"),
  C0810(ERROR, "forum party is not a government", "`%s` is a %s, not a party that can take part in a dispute",
      "name a party declared under `parties`"),
  // ---------------------------------------------------------------- C09xx agreement sets
  C0901(ERROR, "party means two governments", "`%s` is %s here but %s in `%s`",
      "give `%1$s` the same title and level in every agreement, or use another identifier for one of them"),
  C0902(ERROR, "base shared out by several agreements",
      "`%s` is shared out %s%% in %s across agreements: here and in `%s` article %s",
      "agree one split of `%1$s` across the agreements, or end one before the other begins"),
  C0903(WARNING, "agreement identifier used twice", "agreement `%s` is also declared in `%s`",
      "give each agreement its own identifier"),
  // ---------------------------------------------------------------- C10xx scenario files
  C1001(ERROR, "unreadable scenario", "cannot read scenario `%s`: %s",
      "check that the file exists and is JSON (.json), YAML (.yaml, .yml) or CSV (.csv)"),
  C1002(ERROR, "malformed scenario", "this is not valid %s: %s",
      "fix the syntax here; spec/scenarios.md shows the format with examples"),
  C1003(ERROR, "unknown scenario field", "`%s` is not a field of %s (at `%s`)", "use one of: %4$s"),
  C1004(ERROR, "wrong value in scenario", "expected %s at `%s`, found %s", "write %1$s here"),
  C1005(ERROR, "unknown input", "`%s` is not an input of this agreement (at `%s`)", "%3$s"),
  C1006(ERROR, "unknown party", "`%s` is not a party of this agreement (at `%s`)", "%3$s"),
  C1007(ERROR, "period outside the term", "`%s` is not a period of the term %s (at `%s`)",
      "use a period from %2$s"),
  C1008(ERROR, "duplicate scenario key", "`%s` is given twice (at `%s`)", "keep one of them"),
  C1009(ERROR, "scenario value out of range", "%s is outside the range %s declared for `%s` (at `%s`)",
      "check the value and its unit, or widen the range in the declaration of `%3$s`"),
  C1010(ERROR, "missing input value", "no value for `%s`%s in %s, and the input has no default",
      "give it in the scenario, or declare `default …` for `%1$s`"),
  C1011(ERROR, "invalid scenario event", "%s (at `%s`)", "%3$s"),
  C1012(ERROR, "scenario over a limit", "the scenario file exceeds a limit: %s",
      "make the file smaller or simpler; YAML anchors and aliases are not supported"),
  // ---------------------------------------------------------------- C11xx simulation
  C1101(ERROR, "division by zero", "division by zero in article %s in %s: `%s` is %s and `%s` is zero",
      "guard the division with `if … then`, or give the divisor a non-zero value in the scenario"),
  C1102(ERROR, "amount too large", "an amount in article %s in %s is %s, beyond the limit of 10^30",
      "check the scenario's values and the agreement's unit (`currency … millions`)"),
  C1103(ERROR, "undeclared fund shortfall",
      "fund `%s` must pay %s in %s but holds %s, and it declares no shortfall policy",
      "add `on shortfall pro-rata` or `on shortfall arrears` to fund `%1$s`"),
  C1104(ERROR, "negative amount", "article %s asks for a negative amount (%s) in %s",
      "money flows one way: write the clause the other way round, or guard it with `if … then`"),
  C1105(ERROR, "amount cannot be divided", "article %s cannot divide %s in %s: %s",
      "make the weights non-negative and not all zero"),
  C1106(ERROR, "empty aggregate", "`%s` in article %s in %s is taken over no parties",
      "give the aggregate at least one party"),
  // ---------------------------------------------------------------- C12xx tests
  C1201(ERROR, "unknown name in a test", "this test names %s `%s`, which the agreement does not declare",
      "use one of the agreement's %3$s%4$s"),
  C1202(ERROR, "period outside the term", "`%s` is not a period of the agreement's term (%s)",
      "give a period from %2$s"),
  C1203(ERROR, "test value is not a number", "a test value must be a number or a percentage, not `%s`",
      "write the value itself, e.g. `0.9` or `-12.5` or `40%%`; computed values belong in the agreement"),
  C1204(ERROR, "missing test scenario", "the scenario `%s` this test names cannot be read: %s",
      "put the scenario file beside the test file, or correct the path"),
  C1205(ERROR, "nothing to test", "this file has tests but no agreement to run them on",
      "add the agreement's header to the file, or `import` the agreement the tests are about"),
  C1206(ERROR, "agreement under test has errors", "the agreement under test has errors, so its tests cannot run",
      "fix the errors `concord check` reports for it; a test that expects a diagnostic says `expect diagnostic CODE`"),
  ;

  private final Severity severity;
  private final String title;
  private final String message;
  private final String help;

  Code(Severity severity, String title, String message, String help) {
    this.severity = severity;
    this.title = title;
    this.message = message;
    this.help = help;
  }

  public Severity severity() {
    return severity;
  }

  public String title() {
    return title;
  }

  public String message(Object... args) {
    return format(message, args);
  }

  public String help(Object... args) {
    return format(help, args);
  }

  /**
   * Fills a template. Surplus arguments are ignored, so help may use `%2$s` where the message
   * uses only `%1$s`; a literal percent sign is written `%%`.
   */
  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}
