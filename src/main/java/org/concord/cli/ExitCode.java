package org.concord.cli;

/** What `concord` exits with; spec/cli.md lists these and scripts rely on them. */
public final class ExitCode {
  /** Everything checked clean (or the verb succeeded). */
  public static final int OK = 0;
  /** The agreements, scenarios or tests have errors (or warnings with `--werror`). */
  public static final int FINDINGS = 1;
  /** The command line was wrong: an unknown flag, a missing file. */
  public static final int USAGE = 2;
  /** A bug in Concord; the message asks the user to report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
