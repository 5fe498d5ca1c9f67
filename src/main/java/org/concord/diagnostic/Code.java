package org.concord.diagnostic;

import static org.concord.diagnostic.Severity.ERROR;

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
  // ---------------------------------------------------------------- C04xx periods
  // ---------------------------------------------------------------- C05xx conditions
  // ---------------------------------------------------------------- C06xx accounts and conservation
  // ---------------------------------------------------------------- C07xx enforceability
  // ---------------------------------------------------------------- C08xx arbitration
  // ---------------------------------------------------------------- C09xx agreement sets
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
