package org.concord.sim;

import java.util.List;
import java.util.stream.Collectors;

/** Short textual views of a result for assertions. */
final class SimAssert {
  private SimAssert() {}

  /** `2012 zhejiang->anhui 100.00 [2]` per flow. */
  static List<String> flows(SimulationResult r) {
    return r.flows().stream()
        .map(f -> r.periods().get(f.period()) + " " + r.accountId(f.from()) + "->" + r.accountId(f.to()) + " "
            + r.format(f.amount()) + " [" + f.article() + "]")
        .toList();
  }

  static String net(SimulationResult r, String account, int period) {
    return r.format(r.account(account).net().get(period));
  }

  static String balance(SimulationResult r, String account, int period) {
    return r.format(r.account(account).balance().get(period));
  }

  static List<String> events(SimulationResult r) {
    return r.events().stream()
        .map(e -> r.periods().get(e.period()) + " " + e.kind() + " "
            + e.fields().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).collect(Collectors.joining(",")))
        .toList();
  }

  static List<String> codes(SimulationResult r) {
    return r.diagnostics().stream().map(d -> d.code().name()).toList();
  }
}
