package org.concord.sim;

/**
 * Money appeared or vanished, or a flow went negative: a bug in the simulator, never a user's
 * mistake, so it is thrown (and the CLI exits with code 3) rather than reported as a diagnostic.
 */
public final class ConservationError extends IllegalStateException {
  public ConservationError(String detail) {
    super("conservation violated: " + detail);
  }
}
