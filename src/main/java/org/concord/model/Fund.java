package org.concord.model;

import org.concord.diagnostic.Span;

/**
 * A common fund: its account slot, the party holding it, its opening balance, what happens on
 * a shortfall, and what happens to the balance at the end of each period (carried over, or
 * lapsing to {@code lapseTo}).
 */
public record Fund(int account, int heldBy, Formula initialBalance, Shortfall shortfall, boolean carryOver, int lapseTo, Span span) {
  /** What a fund does when payouts in a period exceed its balance. */
  public enum Shortfall {
    /** Every payout of the period is reduced in the same proportion. */
    PRO_RATA,
    /** Payouts are made in clause order while money lasts; the rest is owed as arrears. */
    ARREARS,
    /** Not declared: the simulator reports the shortfall as an error (C11xx). */
    UNDECLARED
  }
}
