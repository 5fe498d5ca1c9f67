package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.ast.Clause;
import org.concord.ast.Header;
import org.concord.ast.PeriodLit;

/**
 * Periods as runs of months, enough for these rules to tell whether two clauses apply at the
 * same time. Months are counted from year 0, so windows from different agreements compare. A
 * period that does not parse gives null and the caller skips what depends on it (the periods
 * rules report it).
 */
final class Periods {
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:Q([1-4])|-(\\d{2}))?");
  private static final int MAX_PERIODS = 100_000;

  private Periods() {}

  /** The months {@code first} to {@code last}, both included. */
  record Window(int first, int last) {
    boolean overlaps(Window o) {
      return first <= o.last && o.first <= last;
    }
  }

  static Window of(PeriodLit period) {
    if (period == null) return null;
    Matcher m = PERIOD.matcher(period.text());
    if (!m.matches()) return null;
    int year = Integer.parseInt(m.group(1)) * 12;
    if (m.group(2) != null) {
      int q = Integer.parseInt(m.group(2));
      return new Window(year + 3 * (q - 1), year + 3 * q - 1);
    }
    if (m.group(3) != null) {
      int month = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12) return null;
      return new Window(year + month - 1, year + month - 1);
    }
    return new Window(year, year + 11);
  }

  /** The agreement's term, or null when it has none that parses. */
  static Window term(Header header) {
    if (header == null || header.term() == null) return null;
    Window first = of(header.term().first());
    Window last = of(header.term().last());
    if (first == null || last == null || last.last < first.first) return null;
    return new Window(first.first, last.last);
  }

  static Header.Granularity granularity(Header header) {
    if (header == null || header.term() == null || header.term().granularity() == null) {
      return Header.Granularity.YEARLY;
    }
    return header.term().granularity();
  }

  static int months(Header.Granularity g) {
    return switch (g) {
      case YEARLY -> 12;
      case QUARTERLY -> 3;
      case MONTHLY -> 1;
    };
  }

  /**
   * When a clause applies, within the term; an absent timing is the whole term. Null when the
   * term or a period of the timing cannot be read, or the timing falls outside the term.
   */
  static Window of(Clause.Timing timing, Window term, Header.Granularity granularity) {
    if (term == null) return null;
    if (timing == null || timing.isAlways()) return term;
    int first = term.first;
    int last = term.last;
    if (timing.in() != null) {
      Window in = of(timing.in());
      if (in == null) return null;
      first = in.first;
      last = in.last;
    }
    if (timing.from() != null) {
      Window from = of(timing.from());
      if (from == null) return null;
      first = from.first;
    }
    if (timing.through() != null) {
      Window through = of(timing.through());
      if (through == null) return null;
      last = through.last;
    }
    if (timing.forCount() != null) {
      Integer unit = unitMonths(timing.forUnit() == null ? null : timing.forUnit().text(), granularity);
      BigDecimal count = timing.forCount();
      if (unit == null || count.signum() <= 0 || count.compareTo(BigDecimal.valueOf(MAX_PERIODS)) > 0) {
        return null;
      }
      last = Math.min(last, first + timing.forCount().intValue() * unit - 1);
    }
    first = Math.max(first, term.first);
    last = Math.min(last, term.last);
    return first <= last ? new Window(first, last) : null;
  }

  private static Integer unitMonths(String unit, Header.Granularity granularity) {
    if (unit == null) return null;
    return switch (unit.toLowerCase(Locale.ROOT)) {
      case "year", "years" -> 12;
      case "quarter", "quarters" -> 3;
      case "month", "months" -> 1;
      case "period", "periods" -> months(granularity);
      default -> null;
    };
  }

  /** How many periods of the given granularity the term has; -1 when too many to walk. */
  static int count(Window term, Header.Granularity granularity) {
    int n = (term.last - term.first) / months(granularity) + 1;
    return n > MAX_PERIODS ? -1 : n;
  }

  /** The months of the {@code index}th period of the term. */
  static Window period(Window term, Header.Granularity granularity, int index) {
    int size = months(granularity);
    int first = term.first + index * size;
    return new Window(first, Math.min(term.last, first + size - 1));
  }

  /** The period starting at {@code month}, written as the drafter would: `2013`, `2013Q2`, `2013-04`. */
  static String label(int month, Header.Granularity granularity) {
    int year = Math.floorDiv(month, 12);
    int m = Math.floorMod(month, 12);
    return switch (granularity) {
      case YEARLY -> String.format(Locale.ROOT, "%04d", year);
      case QUARTERLY -> String.format(Locale.ROOT, "%04dQ%d", year, m / 3 + 1);
      case MONTHLY -> String.format(Locale.ROOT, "%04d-%02d", year, m + 1);
    };
  }
}
