package org.concord.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.concord.model.AccountKind;
import org.concord.sim.AccountResult;
import org.concord.sim.Event;
import org.concord.sim.SimulationResult;

/**
 * A simulation for a terminal: net by account and period with totals, fund and escrow balances
 * at the end of each period, and the events. Numbers are right-aligned in columns.
 */
public final class SimulationTable {
  private SimulationTable() {}

  public static String render(SimulationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(r.title() == null || r.title().isEmpty() ? r.agreement() : r.title() + " (" + r.agreement() + ")");
    String unit = (r.currency() == null ? "" : r.currency()) + (r.unit() == null || r.unit().isEmpty() ? "" : " " + r.unit());
    b.append(" — ").append(unit.isBlank() ? "amounts" : unit).append(", ")
        .append(r.periods().getFirst()).append(" to ").append(r.periods().getLast()).append('\n');

    b.append('\n').append("Net flows (received minus paid)\n");
    List<String> head = new ArrayList<>(List.of("account"));
    head.addAll(r.periods());
    head.add("total");
    List<List<String>> rows = new ArrayList<>();
    for (AccountResult a : r.accounts()) {
      if (a.kind() != AccountKind.PARTY && a.kind() != AccountKind.OUTSIDE && a.net().stream().allMatch(x -> x.signum() == 0)) {
        continue;
      }
      List<String> row = new ArrayList<>(List.of(a.id()));
      a.net().forEach(x -> row.add(r.format(x)));
      row.add(r.format(a.total()));
      rows.add(row);
    }
    table(b, head, rows);

    List<List<String>> balances = new ArrayList<>();
    for (AccountResult a : r.accounts()) {
      if (!a.holdsBalance()) continue;
      List<String> row = new ArrayList<>(List.of(a.id()));
      a.balance().forEach(x -> row.add(r.format(x)));
      balances.add(row);
    }
    if (!balances.isEmpty()) {
      b.append('\n').append("Balances at the end of each period\n");
      List<String> h = new ArrayList<>(List.of("account"));
      h.addAll(r.periods());
      table(b, h, balances);
    }

    b.append('\n').append("Events\n");
    if (r.events().isEmpty()) b.append("  none\n");
    int width = r.periods().stream().mapToInt(String::length).max().orElse(4);
    for (Event e : r.events()) {
      String details = e.fields().entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", "));
      b.append("  ").append(pad(r.periods().get(e.period()), width, false)).append("  ")
          .append(pad(e.kind(), 10, false)).append(' ').append(details).append('\n');
    }
    b.append('\n').append(r.flows().size()).append(r.flows().size() == 1 ? " flow" : " flows")
        .append("; run with --format json or csv for the ledger\n");
    return b.toString();
  }

  private static void table(StringBuilder b, List<String> head, List<List<String>> rows) {
    int[] w = new int[head.size()];
    for (int i = 0; i < w.length; i++) w[i] = head.get(i).length();
    for (List<String> row : rows) for (int i = 0; i < row.size(); i++) w[i] = Math.max(w[i], row.get(i).length());
    line(b, head, w);
    for (List<String> row : rows) line(b, row, w);
  }

  private static void line(StringBuilder b, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) l.append("  ");
      l.append(pad(cells.get(i), w[i], i > 0));
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }
}
