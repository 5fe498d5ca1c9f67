package org.concord.syntax;

/**
 * Bounds on what the parser accepts, so that no input can exhaust time, stack or memory: past a
 * bound the user gets a diagnostic (C0007, C0008, C0009, C0004), never a crash. The CLI's
 * `--max-*` flags raise them; spec/cli.md documents the defaults.
 */
public record ParseLimits(
    long maxFileBytes, int maxDepth, int maxDigits, int maxErrors, int maxParties, int maxClauses, int maxPeriods) {

  public static final ParseLimits DEFAULT = new ParseLimits(8L * 1024 * 1024, 64, 40, 50, 1_000, 10_000, 1_200);

  public ParseLimits withMaxFileBytes(long v) {
    return new ParseLimits(v, maxDepth, maxDigits, maxErrors, maxParties, maxClauses, maxPeriods);
  }

  public ParseLimits withMaxDepth(int v) {
    return new ParseLimits(maxFileBytes, v, maxDigits, maxErrors, maxParties, maxClauses, maxPeriods);
  }

  public ParseLimits withMaxDigits(int v) {
    return new ParseLimits(maxFileBytes, maxDepth, v, maxErrors, maxParties, maxClauses, maxPeriods);
  }

  public ParseLimits withMaxParties(int v) {
    return new ParseLimits(maxFileBytes, maxDepth, maxDigits, maxErrors, v, maxClauses, maxPeriods);
  }

  public ParseLimits withMaxClauses(int v) {
    return new ParseLimits(maxFileBytes, maxDepth, maxDigits, maxErrors, maxParties, v, maxPeriods);
  }

  public ParseLimits withMaxPeriods(int v) {
    return new ParseLimits(maxFileBytes, maxDepth, maxDigits, maxErrors, maxParties, maxClauses, v);
  }
}
