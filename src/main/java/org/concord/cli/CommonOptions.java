package org.concord.cli;

import org.concord.syntax.ParseLimits;
import picocli.CommandLine.Option;

/** Flags every verb that reads agreements shares: the input limits and `--debug`. */
final class CommonOptions {
  @Option(names = "--debug", description = "On an internal error, print the Java stack trace.")
  boolean debug;

  @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest agreement file accepted (default: ${DEFAULT-VALUE}).")
  long maxFileSize = ParseLimits.DEFAULT.maxFileBytes();

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of brackets and blocks (default: ${DEFAULT-VALUE}).")
  int maxDepth = ParseLimits.DEFAULT.maxDepth();

  @Option(names = "--max-digits", paramLabel = "N", description = "Most digits in one number (default: ${DEFAULT-VALUE}).")
  int maxDigits = ParseLimits.DEFAULT.maxDigits();

  @Option(names = "--max-parties", paramLabel = "N", description = "Most parties in one agreement (default: ${DEFAULT-VALUE}).")
  int maxParties = ParseLimits.DEFAULT.maxParties();

  @Option(names = "--max-clauses", paramLabel = "N", description = "Most clauses in one agreement (default: ${DEFAULT-VALUE}).")
  int maxClauses = ParseLimits.DEFAULT.maxClauses();

  @Option(names = "--max-periods", paramLabel = "N", description = "Most periods in one term (default: ${DEFAULT-VALUE}).")
  int maxPeriods = ParseLimits.DEFAULT.maxPeriods();

  ParseLimits limits() {
    return ParseLimits.DEFAULT.withMaxFileBytes(maxFileSize).withMaxDepth(maxDepth).withMaxDigits(maxDigits)
        .withMaxParties(maxParties).withMaxClauses(maxClauses).withMaxPeriods(maxPeriods);
  }
}
