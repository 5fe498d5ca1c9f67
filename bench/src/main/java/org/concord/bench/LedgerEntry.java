package org.concord.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.concord.sim.Flow;
import org.concord.sim.SimulationResult;

/**
 * One flow as the equivalence test compares it: period label, account ids, amount (trailing
 * zeros stripped, so 1.00 equals 1) and the article it cites (null for a lapse).
 */
public record LedgerEntry(String period, String from, String to, BigDecimal amount, String article) {
  public LedgerEntry {
    amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
  }

  /** The interpreter's ledger, flow for flow, in the order the flows were made. */
  public static List<LedgerEntry> of(SimulationResult result) {
    List<LedgerEntry> out = new ArrayList<>(result.flows().size());
    for (Flow f : result.flows()) {
      out.add(new LedgerEntry(result.periods().get(f.period()), result.accountId(f.from()), result.accountId(f.to()),
          f.amount(), f.article()));
    }
    return out;
  }

  @Override
  public String toString() {
    return period + " " + from + " -> " + to + " " + amount.toPlainString() + " (article " + article + ")";
  }
}
