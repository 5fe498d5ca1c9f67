package org.concord.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Header;
import org.concord.check.CheckUnit;

/**
 * Claims on tax bases, and a sweep that finds where one base is shared out beyond 100%. A
 * base is identified by its input id and the party that collects it. The sweep sorts the claims
 * on one base by start and walks them once, so it costs n log n in the number of claims: it
 * never compares all pairs.
 */
final class Allocations {
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Allocations() {}

  /** One share clause's claim on a base: what part of it, when, and where it is written. */
  record Claim(
      String base, String collector, Periods.Window window, BigDecimal points, Clause.Share share,
      Declaration.Article article, String file, Header.Granularity granularity, int order) {
    String key() {
      return base + "\u0000" + collector;
    }
  }

  /**
   * Counts the steps of a check, so a test can show the cost grows linearly with the set without
   * timing anything (timings on a shared machine are noise).
   */
  static final class Work {
    private long steps;

    void step() {
      steps++;
    }

    long steps() {
      return steps;
    }
  }

  /** A claim that takes a base over 100%, another claim it overlaps, and the total at that point. */
  record Excess(Claim claim, Claim other, BigDecimal total, int month) {}

  /** The claims of one agreement's unconditional share clauses, in source order. */
  static List<Claim> claims(CheckUnit unit, Declared declared, int orderBase) {
    return claims(unit, declared.sites(), () -> declared, orderBase);
  }

  /**
   * The same over the agreement's {@code sites}, asking for the unit's declarations only when a
   * share names no collector: the set rule sees every unit again, after the per-agreement rules,
   * and indexes one only when it must.
   */
  static List<Claim> claims(CheckUnit unit, List<Clauses.Site> sites, Supplier<Declared> declarations, int orderBase) {
    List<Claim> claims = new ArrayList<>();
    Header header = unit.agreement().header();
    Periods.Window term = Periods.term(header);
    Header.Granularity granularity = Periods.granularity(header);
    for (Clauses.Site site : sites) {
      // A share under a condition may never apply (and the branches of one `if` exclude each
      // other), so only unconditional shares prove an excess.
      if (!(site.clause() instanceof Clause.Share s) || s.base() == null || site.conditional()) continue;
      if (!site.loops().isEmpty()) continue;
      Periods.Window window = Periods.of(s.timing(), term, granularity);
      if (window == null) continue;
      String collector = s.collector() != null ? s.collector().text() : collector(s, declarations.get());
      claims.add(new Claim(s.base().text(), collector, window, allocated(s), s, site.article(),
          unit.agreement().file(), granularity, orderBase + claims.size()));
    }
    return claims;
  }

  /** Who collects the base: as the clause says, else as the input says, else unknown (""). */
  static String collector(Clause.Share s, Declared declared) {
    if (s.collector() != null) return s.collector().text();
    Declaration.Input input = declared.input(s.base().text());
    return input != null && input.collectedBy() != null ? input.collectedBy().text() : "";
  }

  /** How much of the base the clause gives away, at most 100% (more is reported on the clause). */
  static BigDecimal allocated(Clause.Share s) {
    if (s.remainderTo() != null) return HUNDRED;
    BigDecimal sum = s.lines().stream().map(Clause.ShareLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.min(HUNDRED);
  }

  /**
   * Where claims on one base add up to more than 100%. A group's claims count together up to
   * 100% (the in-file check groups by clause, the set check by file, so each finds only what the
   * other does not). A claim is reported when adding it takes the total over 100% while a claim
   * of another group is in force; that claim is named as the other.
   */
  static List<Excess> sweep(List<Claim> claims, Function<Claim, Object> group, Work work) {
    List<Claim> byStart = new ArrayList<>(claims);
    byStart.sort(Comparator.comparingInt((Claim c) -> c.window().first()).thenComparingInt(Claim::order));
    PriorityQueue<Claim> active = new PriorityQueue<>(Comparator.comparingInt((Claim c) -> c.window().last()));
    Map<Object, BigDecimal> groupSum = new LinkedHashMap<>();
    Map<Object, LinkedHashSet<Claim>> groupClaims = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    List<Excess> found = new ArrayList<>();
    for (Claim claim : byStart) {
      work.step();
      while (!active.isEmpty() && active.peek().window().last() < claim.window().first()) {
        work.step();
        Claim ended = active.poll();
        Object g = group.apply(ended);
        total = total.subtract(capped(groupSum.get(g)));
        BigDecimal left = groupSum.get(g).subtract(ended.points());
        total = total.add(capped(left));
        groupSum.put(g, left);
        LinkedHashSet<Claim> members = groupClaims.get(g);
        members.remove(ended);
        if (members.isEmpty()) {
          groupClaims.remove(g);
          groupSum.remove(g);
        }
      }
      Object g = group.apply(claim);
      BigDecimal before = groupSum.getOrDefault(g, BigDecimal.ZERO);
      BigDecimal after = before.add(claim.points());
      total = total.subtract(capped(before)).add(capped(after));
      groupSum.put(g, after);
      groupClaims.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(claim);
      active.add(claim);
      if (total.compareTo(HUNDRED) > 0 && claim.points().signum() > 0) {
        Claim other = otherThan(g, groupClaims, groupSum, work);
        if (other != null) found.add(new Excess(claim, other, total, claim.window().first()));
      }
    }
    return found;
  }

  private static Claim otherThan(
      Object g, Map<Object, LinkedHashSet<Claim>> groupClaims, Map<Object, BigDecimal> sums, Work work) {
    for (Map.Entry<Object, LinkedHashSet<Claim>> e : groupClaims.entrySet()) {
      work.step();
      if (e.getKey().equals(g) || sums.get(e.getKey()).signum() <= 0) continue;
      for (Claim c : e.getValue()) {
        work.step();
        if (c.points().signum() > 0) return c;
      }
    }
    return null;
  }

  private static BigDecimal capped(BigDecimal sum) {
    return sum == null ? BigDecimal.ZERO : sum.min(HUNDRED);
  }

  static String percent(BigDecimal points) {
    return points.stripTrailingZeros().toPlainString();
  }
}
