package org.concord.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.ast.Header;
import org.concord.ast.PeriodLit;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;
import org.concord.model.Granularity;
import org.concord.model.Term;

/**
 * The term's periods and their labels (spec/semantics.md, "From text to model"): `2012 to 2014
 * yearly` is 2012, 2013, 2014; quarters are `2012Q1`…, months `2012-01`…. A period written in a
 * clause must lie in the term and be of the term's granularity or coarser (`2013` in a quarterly
 * term stands for its quarters).
 */
final class Periods {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  /** The term, or null when it is missing or wrong (the reason is reported). */
  final Term term;

  private final Diagnostics out;
  private final int firstOrdinal;

  private Periods(Term term, int firstOrdinal, Diagnostics out) {
    this.term = term;
    this.firstOrdinal = firstOrdinal;
    this.out = out;
  }

  static Periods of(Header.Term written, Diagnostics out) {
    if (written == null) return new Periods(null, 0, out);
    Granularity g = switch (written.granularity()) {
      case YEARLY -> Granularity.YEARLY;
      case QUARTERLY -> Granularity.QUARTERLY;
      case MONTHLY -> Granularity.MONTHLY;
    };
    Integer first = ordinal(written.first(), g, out);
    Integer last = ordinal(written.last(), g, out);
    if (first == null || last == null) return new Periods(null, 0, out);
    if (last < first) {
      out.add(Code.C0403, written.last().span(), written.last().text(), written.first().text());
      return new Periods(null, 0, out);
    }
    List<String> labels = new ArrayList<>();
    for (int k = first; k <= last; k++) labels.add(label(k, g));
    return new Periods(new Term(g, labels), first, out);
  }

  boolean known() {
    return term != null;
  }

  int size() {
    return term == null ? 1 : term.size();
  }

  int last() {
    return size() - 1;
  }

  String label(int index) {
    return term == null ? "?" : term.label(Math.max(0, Math.min(index, term.size() - 1)));
  }

  /** The index of a written period in the term; -1 when it is not a period of the term (reported). */
  int index(PeriodLit p) {
    int[] r = range(p);
    return r == null ? -1 : r[0];
  }

  /**
   * The indices of the term's periods within a written period, clipped to the term: `2013` in a
   * quarterly term is its four quarters. A period finer than the term (`2013Q2` in a yearly
   * term) is C0402; one wholly outside the term is C0404. Null when reported.
   */
  int[] range(PeriodLit p) {
    if (term == null) return null;
    Granularity g = term.granularity();
    Written w = parse(p, out);
    if (w == null) return null;
    if (w.granularity.months < g.months) {
      out.add(Code.C0402, p.span(), p.text(), adjective(g), example(g));
      return null;
    }
    long startMonth = (long) w.ordinal * w.granularity.months;
    long endMonth = startMonth + w.granularity.months - 1;
    long first = startMonth / g.months - firstOrdinal;
    long last = endMonth / g.months - firstOrdinal;
    if (last < 0 || first >= term.size()) {
      out.add(Code.C0404, p.span(), p.text(), term.label(0), term.label(term.size() - 1));
      return null;
    }
    return new int[] {(int) Math.max(0, first), (int) Math.min(term.size() - 1, last)};
  }

  private record Written(Granularity granularity, int ordinal) {}

  /** The term's ends: written exactly in the term's granularity. */
  private static Integer ordinal(PeriodLit p, Granularity g, Diagnostics out) {
    Written w = parse(p, out);
    if (w == null) return null;
    if (w.granularity != g) {
      out.add(Code.C0402, p.span(), p.text(), adjective(g), example(g));
      return null;
    }
    return w.ordinal;
  }

  /** A year, quarter or month, numbered in its own unit since year 0; null when it is none (C0011). */
  private static Written parse(PeriodLit p, Diagnostics out) {
    String text = p.text();
    Matcher y = YEAR.matcher(text);
    if (y.matches()) return new Written(Granularity.YEARLY, Integer.parseInt(y.group(1)));
    Matcher q = QUARTER.matcher(text);
    if (q.matches()) {
      return new Written(Granularity.QUARTERLY, Integer.parseInt(q.group(1)) * 4 + Integer.parseInt(q.group(2)) - 1);
    }
    Matcher m = MONTH.matcher(text);
    if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
      return new Written(Granularity.MONTHLY, Integer.parseInt(m.group(1)) * 12 + Integer.parseInt(m.group(2)) - 1);
    }
    out.add(Code.C0011, p.span(), text);
    return null;
  }

  static String adjective(Granularity g) {
    return g.name().toLowerCase(Locale.ROOT);
  }

  /** The unit `each` and `for N …` name for a granularity: year, quarter, month. */
  static String unit(Granularity g) {
    return switch (g) {
      case YEARLY -> "year";
      case QUARTERLY -> "quarter";
      case MONTHLY -> "month";
    };
  }

  private static String example(Granularity g) {
    return switch (g) {
      case YEARLY -> "2013";
      case QUARTERLY -> "2013Q2";
      case MONTHLY -> "2013-04";
    };
  }

  private static String label(int ordinal, Granularity g) {
    // Every period of every term gets a label; String.format was a visible cost of checking.
    if (ordinal < 0) {
      return switch (g) {
        case YEARLY -> String.format(Locale.ROOT, "%04d", ordinal);
        case QUARTERLY -> String.format(Locale.ROOT, "%04dQ%d", ordinal / 4, ordinal % 4 + 1);
        case MONTHLY -> String.format(Locale.ROOT, "%04d-%02d", ordinal / 12, ordinal % 12 + 1);
      };
    }
    return switch (g) {
      case YEARLY -> pad(ordinal, 4);
      case QUARTERLY -> pad(ordinal / 4, 4) + "Q" + (ordinal % 4 + 1);
      case MONTHLY -> pad(ordinal / 12, 4) + "-" + pad(ordinal % 12 + 1, 2);
    };
  }

  /** {@code n} (not negative) in decimal, zero-padded to {@code width} digits, as {@code %0Nd} writes it. */
  private static String pad(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
