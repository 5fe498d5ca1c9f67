package org.concord.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.concord.sim.AccountResult;
import org.concord.sim.Event;
import org.concord.sim.Flow;
import org.concord.sim.SimulationResult;

/**
 * A simulation as one JSON object (spec/simulation.schema.json): the agreement, its periods,
 * every account's net (and balance, for funds and escrow) by period, the ledger of flows and the
 * events. Amounts are decimal strings, so no reader loses a cent to binary floating point.
 */
public final class SimulationJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SimulationJson() {}

  public static String write(SimulationResult r) {
    return Json.pretty(tree(r));
  }

  public static ObjectNode tree(SimulationResult r) {
    ObjectNode root = F.objectNode();
    root.put("agreement", r.agreement());
    root.put("title", r.title());
    root.put("currency", r.currency());
    root.put("unit", r.unit());
    ArrayNode periods = root.putArray("periods");
    r.periods().forEach(periods::add);
    ArrayNode accounts = root.putArray("accounts");
    for (AccountResult a : r.accounts()) {
      ObjectNode o = accounts.addObject();
      o.put("id", a.id());
      o.put("kind", a.kind().label());
      ObjectNode net = o.putObject("net");
      for (int t = 0; t < r.periods().size(); t++) net.put(r.periods().get(t), r.format(a.net().get(t)));
      o.put("total", r.format(a.total()));
      if (a.holdsBalance()) {
        ObjectNode balance = o.putObject("balance");
        for (int t = 0; t < r.periods().size(); t++) balance.put(r.periods().get(t), r.format(a.balance().get(t)));
      }
    }
    ArrayNode flows = root.putArray("flows");
    for (Flow f : r.flows()) {
      ObjectNode o = flows.addObject();
      o.put("period", r.periods().get(f.period()));
      o.put("from", r.accountId(f.from()));
      o.put("to", r.accountId(f.to()));
      o.put("amount", r.format(f.amount()));
      if (f.article() == null) o.putNull("article");
      else o.put("article", f.article());
      o.put("reason", f.reason());
    }
    ArrayNode events = root.putArray("events");
    for (Event e : r.events()) {
      ObjectNode o = events.addObject();
      o.put("period", r.periods().get(e.period()));
      o.put("kind", e.kind());
      for (Map.Entry<String, String> field : e.fields().entrySet()) o.put(field.getKey(), field.getValue());
    }
    return root;
  }
}
