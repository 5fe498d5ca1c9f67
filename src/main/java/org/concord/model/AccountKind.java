package org.concord.model;

/** What holds money in the ledger. Net flows over all accounts sum to zero every period. */
public enum AccountKind {
  PARTY,
  FUND,
  ESCROW,
  OUTSIDE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
