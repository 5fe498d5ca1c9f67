package org.concord.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One finding about an agreement or a scenario: a value, never an exception. The message says
 * what is wrong in one short sentence; the help says what to do about it.
 */
public record Diagnostic(
    Code code, Severity severity, Span span, String message, String help, List<Label> related) {

  public Diagnostic {
    related = List.copyOf(related);
  }

  /** A diagnostic with the catalogue's severity, message and help, filled with {@code args}. */
  public static Diagnostic of(Code code, Span span, Object... args) {
    return new Diagnostic(
        code, code.severity(), span, code.message(args), code.help(args), List.of());
  }

  public Diagnostic withHelp(String newHelp) {
    return new Diagnostic(code, severity, span, message, newHelp, related);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(code, newSeverity, span, message, help, related);
  }

  public Diagnostic withLabel(Span where, String what) {
    List<Label> labels = new ArrayList<>(related);
    labels.add(new Label(where, what));
    return new Diagnostic(code, severity, span, message, help, labels);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * File, line, column, then code: the one order every report uses, so output is deterministic.
   * One method rather than {@code thenComparing}: the JDK makes those comparators serialisable
   * lambdas, which the AOT cache does not keep, and they cost every cold `check` with a finding
   * their set-up (issue 7).
   */
  public static final Comparator<Diagnostic> ORDER = Diagnostic::compare;

  private static int compare(Diagnostic a, Diagnostic b) {
    int c = Span.compare(a.span, b.span);
    if (c == 0) c = a.code.name().compareTo(b.code.name());
    return c != 0 ? c : a.message.compareTo(b.message);
  }
}
