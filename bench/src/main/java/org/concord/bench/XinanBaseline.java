package org.concord.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.concord.sim.scenario.Ruling;

/**
 * Benchmark (a) computed by hand: the flows of {@code xinan_bench.concord} under one {@link
 * Xinan.Data}, as a programmer would write them for this agreement alone. The fund's payouts
 * are made at the end of the year; a dispute raised in a year sends that year's article 3
 * payout to escrow, and the ruling at the end of the next year releases it.
 */
public final class XinanBaseline {
  public static final int CENTRAL = 0;
  public static final int ANHUI = 1;
  public static final int ZHEJIANG = 2;
  public static final int BASIN = 3;
  public static final int ESCROW = 4;
  private static final String[] IDS = {"central", "anhui", "zhejiang", "basin", "escrow"};
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private XinanBaseline() {}

  public static String account(int index) {
    return IDS[index];
  }

  private record Contested(int to, BigDecimal amount) {}

  private static final class Dispute {
    final int raised;
    final Ruling ruling;
    final List<Contested> contested = new ArrayList<>();

    Dispute(int raised, Ruling ruling) {
      this.raised = raised;
      this.ruling = ruling;
    }
  }

  public static BaselineLedger run(Xinan.Data d) {
    BaselineLedger ledger = new BaselineLedger();
    List<Dispute> disputes = new ArrayList<>();
    BigDecimal basin = BigDecimal.ZERO;
    // the route's 2 + 6 months end within the next year
    int delay = 1;
    for (int t = 0; t < Xinan.YEARS; t++) {
      Dispute now = null;
      for (int i = 0; i < d.disputeYears().length; i++) {
        if (d.disputeYears()[i] == t) disputes.add(now = new Dispute(t, d.rulings()[i]));
      }

      // article 1: the subsidy, and the provinces' contributions split equally (remainder to anhui)
      BigDecimal subsidy = round(d.subsidy()[t] != null ? d.subsidy()[t] : Xinan.DEFAULT_SUBSIDY);
      ledger.add(t, CENTRAL, BASIN, subsidy, "1");
      BigDecimal contribution = round(Xinan.CONTRIBUTION);
      BigDecimal zhejiangPart = round(contribution.divide(TWO));
      BigDecimal anhuiPart = contribution.subtract(zhejiangPart);
      ledger.add(t, ANHUI, BASIN, anhuiPart, "1");
      ledger.add(t, ZHEJIANG, BASIN, zhejiangPart, "1");
      basin = basin.add(subsidy).add(contribution);

      // articles 2 and 3: the fund's payouts, made at the end of the year
      int compensated = d.p()[t].compareTo(Xinan.STANDARD) <= 0 ? ANHUI : ZHEJIANG;
      BigDecimal compensation = round(Xinan.COMPENSATION);
      if (subsidy.add(compensation).compareTo(basin.max(BigDecimal.ZERO)) > 0) {
        throw new IllegalStateException("fund short in " + Xinan.label(t) + ": the baseline does not model arrears");
      }
      ledger.add(t, BASIN, ANHUI, subsidy, "2");
      if (now != null) {
        ledger.add(t, BASIN, ESCROW, compensation, "3");
        now.contested.add(new Contested(compensated, compensation));
      } else {
        ledger.add(t, BASIN, compensated, compensation, "3");
      }
      basin = basin.subtract(subsidy).subtract(compensation);

      // rulings due this year
      for (Dispute dispute : disputes) {
        if (dispute.raised + delay != t) continue;
        for (Contested m : dispute.contested) {
          BigDecimal back = switch (dispute.ruling) {
            case UPHELD -> BigDecimal.ZERO;
            case REVERSED -> m.amount();
            // halves, rounded; the remainder goes to anhui when anhui is a side, else to the lower account
            case SPLIT -> m.to() == ANHUI ? round(m.amount().divide(TWO)) : m.amount().divide(TWO).setScale(2, RoundingMode.DOWN);
          };
          ledger.add(t, ESCROW, m.to(), m.amount().subtract(back), "3");
          ledger.add(t, ESCROW, BASIN, back, "3");
          basin = basin.add(back);
        }
      }
    }
    return ledger;
  }

  static BigDecimal round(BigDecimal x) {
    return x.setScale(2, RoundingMode.HALF_EVEN);
  }
}
