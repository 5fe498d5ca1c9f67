package org.concord.check;

import org.concord.ast.Agreement;
import org.concord.check.rules.Declared;
import org.concord.diagnostic.Diagnostics;

/**
 * A consistency rule over one parsed agreement. Rules read the AST (and its imports) only, add
 * diagnostics, and never throw on a model other rules found broken: they skip what they cannot
 * judge, so every rule runs over every file and the user sees all findings in one run.
 */
public interface AgreementRule {
  /** Checks {@code unit}; {@code declared} is its index, built once for all the rules. */
  void check(CheckUnit unit, Declared declared, Diagnostics out);
}
