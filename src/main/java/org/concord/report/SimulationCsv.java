package org.concord.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concord.sim.AccountResult;
import org.concord.sim.Event;
import org.concord.sim.Flow;
import org.concord.sim.SimulationResult;

/**
 * A simulation as CSV tables (RFC 4180, LF line ends): the ledger of flows, each account's net
 * by period, fund and escrow balances by period, and the events.
 */
public final class SimulationCsv {
  private SimulationCsv() {}

  /** Every table by file name, in a fixed order: flows.csv, net.csv, balances.csv, events.csv. */
  public static Map<String, String> tables(SimulationResult r) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("flows.csv", flows(r));
    out.put("net.csv", net(r));
    out.put("balances.csv", balances(r));
    out.put("events.csv", events(r));
    return out;
  }

  public static String flows(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    row(b, List.of("period", "from", "to", "amount", "article", "reason"));
    for (Flow f : r.flows()) {
      row(b, List.of(r.periods().get(f.period()), r.accountId(f.from()), r.accountId(f.to()), r.format(f.amount()),
          f.article() == null ? "" : f.article(), f.reason()));
    }
    return b.toString();
  }

  public static String net(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    row(b, concat(List.of("account", "kind"), r.periods(), List.of("total")));
    for (AccountResult a : r.accounts()) {
      row(b, concat(List.of(a.id(), a.kind().label()), a.net().stream().map(r::format).toList(), List.of(r.format(a.total()))));
    }
    return b.toString();
  }

  public static String balances(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    row(b, concat(List.of("account", "kind"), r.periods(), List.of()));
    for (AccountResult a : r.accounts()) {
      if (a.holdsBalance()) row(b, concat(List.of(a.id(), a.kind().label()), a.balance().stream().map(r::format).toList(), List.of()));
    }
    return b.toString();
  }

  public static String events(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    row(b, List.of("period", "kind", "details"));
    for (Event e : r.events()) {
      String details = e.fields().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining("; "));
      row(b, List.of(r.periods().get(e.period()), e.kind(), details));
    }
    return b.toString();
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append(cells.stream().map(SimulationCsv::quote).collect(Collectors.joining(","))).append('\n');
  }

  static String quote(String cell) {
    if (cell == null) return "";
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    // a leading = + - @ would be read as a formula by spreadsheets: quote and prefix it
    boolean formula = !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0;
    if (formula) cell = "'" + cell;
    return needs || formula ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
  }
}
