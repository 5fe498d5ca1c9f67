package org.concord.examples;

import org.concord.api.Agreement;
import org.concord.api.AgreementBuilder;
import org.concord.api.Simulation;

/**
 * How a Java service embeds Concord: build an agreement in code, check it, simulate it under a
 * scenario built in code, and print the ledger as the same JSON `concord simulate --format json`
 * prints. The agreement is the first round (2012–2014) of the Xin'an River compensation compact;
 * `examples/java/xinan_embedded.concord` is the same agreement as text, and a test checks that
 * both give the same JSON.
 *
 * <p>Run it with: {@code scripts/with-jdk ./mvnw -q -ntp test-compile exec:java -Dexec.mainClass=…}
 * or simply read {@code EmbeddingExampleTest}, which runs it.
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /** The agreement, built in code. */
  public static AgreementBuilder xinan() {
    return AgreementBuilder.agreement("xinan_embedded", "Xin'an River compensation, first round (built in Java)")
        .fileName("xinan_embedded.concord")
        .term("2012", "2014", "yearly")
        .currency("CNY", "millions")
        .rounding("0.01", "half-even")
        .party("central", "Central Government (Ministry of Finance)", "national")
        .party("anhui", "Anhui Province", "province", "parent central")
        .party("zhejiang", "Zhejiang Province", "province", "parent central")
        .input("P", "Water quality index at the Jiekou section", "number", "in [0, 5]")
        .fund("basin", "Xin'an River Compensation Fund", "held by anhui", "carry over")
        .article("1", "Central subsidy", a -> a
            .pays("central", "300", "basin", "each year")
            .distributes("basin", "balance(basin)", "anhui", "equally"))
        .article("2", "Compensation", a -> a
            .when("P <= 1",
                then -> then.pays("zhejiang", "100", "anhui"),
                otherwise -> otherwise.pays("anhui", "100", "zhejiang")))
        .article("3", "Disputes", a -> a.clause("""
            disputes go to
              consultation between anhui and zhejiang within 2 months
              then arbitration by central within 6 months, binding
            contested payments held in escrow
            costs borne by loser
            all parties consent"""));
  }

  /** Checks and simulates the agreement; returns the ledger as JSON. */
  public static String run() {
    Agreement agreement = xinan().build();
    if (agreement.hasErrors()) throw new IllegalStateException("the agreement has errors: " + agreement.diagnostics());
    Simulation simulation = agreement.simulate(s -> s
        .value("P", "2012", "0.833")
        .value("P", "2013", "0.828")
        .value("P", "2014", "0.824"));
    return simulation.toJson();
  }

  public static void main(String[] args) {
    System.out.print(run());
  }
}
