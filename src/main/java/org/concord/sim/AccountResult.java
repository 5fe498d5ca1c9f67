package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.model.AccountKind;

/**
 * One account's outcome: its net flow per period (money in minus money out) and, for funds and
 * escrow, its balance at the end of each period (empty for parties and outside accounts).
 */
public record AccountResult(int slot, String id, String title, AccountKind kind, List<BigDecimal> net, List<BigDecimal> balance) {
  public AccountResult {
    // the ledger's columns are immutable already, and read lazily: copying would compute every figure
    net = net instanceof Ledger.Column ? net : List.copyOf(net);
    balance = balance instanceof Ledger.Column ? balance : List.copyOf(balance);
  }

  public BigDecimal total() {
    return net.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean holdsBalance() {
    return kind == AccountKind.FUND || kind == AccountKind.ESCROW;
  }
}
