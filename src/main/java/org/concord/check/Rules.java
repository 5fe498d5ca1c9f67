package org.concord.check;

import java.util.List;
import org.concord.check.rules.AccountRules;
import org.concord.check.rules.AgreementSetRules;
import org.concord.check.rules.ArbitrationRules;
import org.concord.check.rules.ConditionCoverage;
import org.concord.check.rules.Enforceability;
import org.concord.check.rules.ShareRules;

/** The registry of consistency rules `concord check` runs, in the order they run. */
final class Rules {
  private Rules() {}

  private static final List<AgreementRule> PER_AGREEMENT = List.of(
      new ShareRules(),
      new ConditionCoverage(),
      new AccountRules(),
      new Enforceability(),
      new ArbitrationRules());

  private static final List<SetRule> PER_SET = List.of(new AgreementSetRules());

  static List<AgreementRule> perAgreement() {
    return PER_AGREEMENT;
  }

  static List<SetRule> perSet() {
    return PER_SET;
  }
}
