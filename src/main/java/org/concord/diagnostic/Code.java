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
      "split the agreement, or raise the limit with `--max-%s`"),

  // ---------------------------------------------------------------- C01xx names
  // ---------------------------------------------------------------- C02xx types and units
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
  C0602(ERROR, "not an account", "`%s` is %s, not an account that can pay or be paid",
      "name a party, a fund or an `outside` account"),
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
  C0702(ERROR, "penalty on an unknown obligation", "`penalty on breach of %s` names no obligation",
      "declare `obligation %1$s …`, or name an obligation of this agreement"),
  C0703(ERROR, "penalty on a hortatory obligation", "obligation `%s` is hortatory but is penalised here",
      "remove `hortatory` from the obligation, or remove the penalty"),
  C0704(WARNING, "money without a dispute route", "article %s moves money but no dispute route covers it",
      "add %1$s to a route's `under article` list, or add a route with no `under article` that covers every article"),
  C0705(ERROR, "dispute route on a missing article", "`under article %s` names no article of this agreement",
      "name one of the articles: %2$s"),
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
  // ---------------------------------------------------------------- C11xx simulation
  // ---------------------------------------------------------------- C12xx tests
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
