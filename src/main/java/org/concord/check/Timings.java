package org.concord.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.concord.ast.Clause;
import org.concord.ast.Name;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostics;
import org.concord.model.Granularity;
import org.concord.model.Schedule;

/**
 * A clause's timing as period indices (spec/semantics.md, "From text to model"): nothing is the
 * whole term; `in P` is the periods of P; `from P` starts at P's first period, `through P` ends
 * at its last; `for N years` counts N years of periods from the start and is clipped, with a
 * warning, where it runs past the term.
 */
final class Timings {
  private final Periods periods;
  private final Diagnostics out;

  Timings(Periods periods, Diagnostics out) {
    this.periods = periods;
    this.out = out;
  }

  Schedule schedule(Clause.Timing t) {
    int last = periods.last();
    if (t == null) return new Schedule(0, last);
    if (t.each() != null) each(t.each());
    if (t.in() != null && (t.from() != null || t.through() != null || t.forCount() != null)) {
      String other = t.from() != null ? "from" : t.through() != null ? "through" : "for";
      out.add(Code.C0409, t.in().span(), "in", other);
      return new Schedule(0, last);
    }
    if (t.forCount() != null && t.through() != null) {
      out.add(Code.C0409, t.through().span(), "through", "for");
      return new Schedule(0, last);
    }
    if (!periods.known()) return new Schedule(0, last);
    if (t.in() != null) {
      int[] r = periods.range(t.in());
      return r == null ? new Schedule(0, last) : new Schedule(r[0], r[1]);
    }
    int first = 0;
    if (t.from() != null) {
      int[] r = periods.range(t.from());
      if (r != null) first = r[0];
    }
    int end = last;
    if (t.through() != null) {
      int[] r = periods.range(t.through());
      if (r != null) {
        end = r[1];
        if (t.from() != null && end < first) {
          out.add(Code.C0410, t.through().span(), t.through().text(), t.from().text());
          return new Schedule(0, last);
        }
      }
    }
    if (t.forCount() != null) {
      Integer n = count(t.forCount(), t.forUnit(), t);
      if (n != null) {
        long stop = (long) first + n - 1;
        if (stop > last) {
          out.add(Code.C0408, t.span(), beyond(stop), periods.label(last));
          stop = last;
        }
        end = (int) stop;
      }
    }
    return new Schedule(first, end);
  }

  /** `each year` must name the term's own period (or say `each period`). */
  private void each(Name unit) {
    String u = singular(unit.text());
    if (!periods.known()) return;
    Granularity g = periods.term.granularity();
    if (u.equals("period") || u.equals(Periods.unit(g))) return;
    if (u.equals("year") || u.equals("quarter") || u.equals("month")) {
      out.add(Code.C0405, unit.span(), unit.text(), Periods.adjective(g), Periods.unit(g));
    } else {
      out.add(Code.C0406, unit.span(), unit.text(), "year, quarter, month or period");
    }
  }

  /** How many periods `for N unit` lasts; null when it is not a whole positive number of them (reported). */
  private Integer count(BigDecimal n, Name unit, Clause.Timing t) {
    String u = singular(unit.text());
    BigDecimal periodsCount;
    if (u.equals("period")) {
      periodsCount = n;
    } else {
      int months = switch (u) {
        case "year" -> 12;
        case "quarter" -> 3;
        case "month" -> 1;
        default -> 0;
      };
      if (months == 0) {
        out.add(Code.C0406, unit.span(), unit.text(), "years, quarters, months or periods");
        return null;
      }
      if (!periods.known()) return null;
      int per = periods.term.granularity().months;
      periodsCount = n.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(per), 10, RoundingMode.DOWN);
    }
    if (!periods.known()) return null;
    BigDecimal whole = periodsCount.setScale(0, RoundingMode.DOWN);
    if (periodsCount.compareTo(whole) != 0 || whole.signum() <= 0) {
      out.add(Code.C0407, t.span(), n.toPlainString(), unit.text(), Periods.adjective(periods.term.granularity()));
      return null;
    }
    if (whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE / 2)) > 0) return Integer.MAX_VALUE / 2;
    return whole.intValueExact();
  }

  /** The label the clause would run to, had the term gone on. */
  private String beyond(long stop) {
    Granularity g = periods.term.granularity();
    String lastLabel = periods.label(periods.last());
    long extra = stop - periods.last();
    return switch (g) {
      case YEARLY -> String.valueOf(Integer.parseInt(lastLabel) + extra);
      case QUARTERLY -> {
        long k = Long.parseLong(lastLabel.substring(0, 4)) * 4 + (lastLabel.charAt(5) - '1') + extra;
        yield String.format(Locale.ROOT, "%04dQ%d", k / 4, k % 4 + 1);
      }
      case MONTHLY -> {
        long k = Long.parseLong(lastLabel.substring(0, 4)) * 12 + Long.parseLong(lastLabel.substring(5)) - 1 + extra;
        yield String.format(Locale.ROOT, "%04d-%02d", k / 12, k % 12 + 1);
      }
    };
  }

  static String singular(String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
  }
}
