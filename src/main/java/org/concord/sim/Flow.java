package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * One movement of money in the ledger: {@code amount} (never negative, already rounded) from
 * account slot {@code from} to {@code to} in period index {@code period}, citing the article
 * that made it ({@code null} for a fund's balance lapsing at period end), why (the values that
 * decided it), the clause's span and every input or definition value it used.
 */
public record Flow(
    int period, int from, int to, BigDecimal amount, String article, String reason, Span clause, List<Use> uses) {
  public Flow {
    uses = List.copyOf(uses);
  }
}
