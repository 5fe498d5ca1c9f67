package org.concord.syntax;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Header;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;

/**
 * Bounds on how much an agreement declares (parties, clauses, periods of its term), checked
 * right after parsing so that later stages, whose work grows with these, stay bounded (C0013).
 */
final class SizeLimits {
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2}))?");

  private SizeLimits() {}

  static void check(Agreement agreement, ParseLimits limits, List<Diagnostic> out) {
    Span whole = agreement.header() != null ? agreement.header().span() : agreement.span();
    int parties = agreement.parties().size();
    if (parties > limits.maxParties()) {
      out.add(Diagnostic.of(Code.C0013, whole, parties, "parties", limits.maxParties(), "parties"));
    }
    long clauses = agreement.articles().stream().mapToLong(a -> count(a.clauses())).sum();
    if (clauses > limits.maxClauses()) {
      out.add(Diagnostic.of(Code.C0013, whole, clauses, "clauses", limits.maxClauses(), "clauses"));
    }
    Header header = agreement.header();
    if (header != null && header.term() != null) {
      long periods = periods(header.term());
      if (periods > limits.maxPeriods()) {
        out.add(Diagnostic.of(Code.C0013, header.term().span(), periods, "periods", limits.maxPeriods(), "periods"));
      }
    }
  }

  private static long count(List<Clause> clauses) {
    long n = 0;
    for (Clause c : clauses) {
      n++;
      // instanceof, not a pattern switch: start-up (issue 7; see the check stage's package-info)
      if (c instanceof Clause.Conditional k) {
        for (Clause.Branch b : k.branches()) n += count(b.clauses());
        if (k.otherwise() != null) n += count(k.otherwise());
      } else if (c instanceof Clause.ForEach f) {
        n += count(f.body());
      }
    }
    return n;
  }

  /**
   * The number of periods a term spans; malformed or reversed terms count as zero (the checker
   * reports them). A coarser period stands for its first sub-period at the start of the term and
   * its last at the end (spec/language.md, Header): `2012 to 2014 quarterly` is 12 quarters.
   */
  private static long periods(Header.Term term) {
    long first = ordinal(term.first().text(), term.granularity(), false);
    long last = ordinal(term.last().text(), term.granularity(), true);
    return first < 0 || last < first ? 0 : last - first + 1;
  }

  private static long ordinal(String text, Header.Granularity g, boolean end) {
    Matcher m = PERIOD.matcher(text);
    if (!m.matches()) return -1;
    long year = Long.parseLong(m.group(1));
    Long quarter = m.group(2) == null ? null : Long.parseLong(m.group(2)) - 1;
    Long month = m.group(3) == null ? null : Long.parseLong(m.group(3)) - 1;
    return switch (g) {
      case YEARLY -> year;
      case QUARTERLY -> year * 4 + (quarter != null ? quarter : month != null ? month / 3 : end ? 3 : 0);
      case MONTHLY -> year * 12 + (month != null ? month : quarter != null ? quarter * 3 + (end ? 2 : 0) : end ? 11 : 0);
    };
  }
}
