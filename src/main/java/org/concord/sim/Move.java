package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/** A flow about to be made, before a fund's shortfall or a dispute's escrow has its say. */
record Move(int from, int to, BigDecimal amount, String article, Span clause, String reason, List<Use> uses) {
  // uses is one of the evaluator's immutable snapshots: no copy (the Flow made from it checks)

  Move withAmount(BigDecimal a, String why) {
    return new Move(from, to, a, article, clause, why, uses);
  }

  /** Makes this move a flow of period {@code t} in {@code ledger}. */
  void book(Ledger ledger, int t) {
    ledger.transfer(t, from, to, amount, article, clause, reason, uses);
  }
}
