package org.concord.sim;

import org.concord.diagnostic.Diagnostic;

/**
 * Ends the provision being run with a diagnostic (a user's problem, not a bug): the simulator
 * records it, skips that provision for the period, and goes on, so one run shows every problem.
 */
final class Stop extends RuntimeException {
  final transient Diagnostic diagnostic;

  Stop(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }
}
