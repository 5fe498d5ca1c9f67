package org.concord.syntax;

/**
 * Bounds on what the parser accepts, so that no input can exhaust time, stack or memory: past a
 * bound the user gets a diagnostic (C0007, C0008, C0009, C0004), never a crash. The CLI's
 * `--max-*` flags raise them; spec/cli.md documents the defaults.
 */
public record ParseLimits(long maxFileBytes, int maxDepth, int maxDigits, int maxErrors) {

  public static final ParseLimits DEFAULT = new ParseLimits(8L * 1024 * 1024, 64, 40, 50);

  public ParseLimits withMaxFileBytes(long v) {
    return new ParseLimits(v, maxDepth, maxDigits, maxErrors);
  }

  public ParseLimits withMaxDepth(int v) {
    return new ParseLimits(maxFileBytes, v, maxDigits, maxErrors);
  }

  public ParseLimits withMaxDigits(int v) {
    return new ParseLimits(maxFileBytes, maxDepth, v, maxErrors);
  }
}
