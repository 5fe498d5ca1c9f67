package org.concord.sim;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Diagnostic;

/**
 * What simulating one agreement under one scenario produced: the ledger (flows in the order they
 * were made), every account's net and balance by period, the events, and any diagnostics. When
 * {@link #hasErrors()} the ledger is incomplete (the provisions that failed made no flows) and
 * should not be reported as the agreement's outcome.
 *
 * @param increment the agreement's rounding increment (null when exact), for formatting amounts
 */
public record SimulationResult(
    String agreement,
    String title,
    String currency,
    String unit,
    BigDecimal increment,
    List<String> periods,
    List<AccountResult> accounts,
    List<Flow> flows,
    List<Event> events,
    List<Diagnostic> diagnostics) {

  public SimulationResult {
    periods = List.copyOf(periods);
    accounts = List.copyOf(accounts);
    // the ledger's view is immutable already: copying it would make every flow
    flows = flows instanceof Ledger.Flows ? flows : List.copyOf(flows);
    events = List.copyOf(events);
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** An amount as every report writes it (see {@link Money#format}). */
  public String format(BigDecimal amount) {
    return Money.format(amount, increment);
  }

  public String accountId(int slot) {
    return accounts.get(slot).id();
  }

  public AccountResult account(String id) {
    return accounts.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
  }
}
