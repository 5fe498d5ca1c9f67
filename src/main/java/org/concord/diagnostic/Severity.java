package org.concord.diagnostic;

/** How bad a finding is. Errors fail `concord check`; warnings fail it only with `--werror`. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
