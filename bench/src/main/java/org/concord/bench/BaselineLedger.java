package org.concord.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The flows a hand-written baseline makes, kept as the interpreter keeps them: in the order
 * they are made, zero amounts and money to oneself left out. Accounts are the baseline's own
 * indices; {@link #entries} names them for comparison with the interpreter.
 */
public final class BaselineLedger {
  public record Entry(int period, int from, int to, BigDecimal amount, String article) {}

  private final List<Entry> flows = new ArrayList<>();

  void add(int period, int from, int to, BigDecimal amount, String article) {
    if (amount.signum() < 0) throw new IllegalStateException("negative flow " + amount + " in article " + article);
    if (amount.signum() == 0 || from == to) return;
    flows.add(new Entry(period, from, to, amount, article));
  }

  public List<Entry> flows() {
    return flows;
  }

  public int size() {
    return flows.size();
  }

  public List<LedgerEntry> entries(IntFunction<String> label, IntFunction<String> account) {
    List<LedgerEntry> out = new ArrayList<>(flows.size());
    for (Entry e : flows) out.add(new LedgerEntry(label.apply(e.period()), account.apply(e.from()), account.apply(e.to()),
        e.amount(), e.article()));
    return out;
  }
}
