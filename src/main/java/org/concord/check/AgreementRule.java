package org.concord.check;

import org.concord.ast.Agreement;
import org.concord.diagnostic.Diagnostics;

/**
 * A consistency rule over one parsed agreement. Rules read the AST (and its imports) only, add
 * diagnostics, and never throw on a model other rules found broken: they skip what they cannot
 * judge, so every rule runs over every file and the user sees all findings in one run.
 */
public interface AgreementRule {
  void check(CheckUnit unit, Diagnostics out);
}
