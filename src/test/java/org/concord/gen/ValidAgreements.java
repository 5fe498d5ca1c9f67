package org.concord.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random agreements that mean something — every name declared, every amount money, shares
 * adding up to 100%, conditions covering their input's range, a penalty for every obligation,
 * a dispute route for every article — so that they must check with no errors. (AgreementGenerator
 * makes syntactically rich text for the parser and formatter; this one makes valid compacts for
 * the checker and simulator.) Deterministic from its seed.
 */
public final class ValidAgreements {
  private ValidAgreements() {}

  public static String text(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean quarterly = r.nextInt(4) == 0;
    int first = 2010 + r.nextInt(10);
    int years = 1 + r.nextInt(5);
    String start = quarterly ? first + "Q1" : String.valueOf(first);
    String end = quarterly ? (first + years - 1) + "Q4" : String.valueOf(first + years - 1);
    int n = 2 + r.nextInt(4);
    List<String> provinces = new ArrayList<>();
    for (int i = 1; i <= n; i++) provinces.add("p" + i);

    StringBuilder t = new StringBuilder();
    t.append("agreement generated_").append(seed).append(" \"Generated compact ").append(seed).append("\"\n");
    t.append("  term ").append(start).append(" to ").append(end).append(quarterly ? " quarterly\n" : " yearly\n");
    t.append("  currency CNY millions\n  rounding 0.01 half-even\n\n");
    t.append("parties\n  central \"Central Government\" level national\n");
    for (String p : provinces) t.append("  ").append(p).append(" \"Province ").append(p).append("\" level province parent central\n");
    t.append("\ninputs\n");
    t.append("  q \"Quality index\" : number in [0, 5]\n");
    t.append("  base \"Tax base\" : money collected by p1\n");
    t.append("  pop \"Population\" : count by party constant default 1\n\n");
    t.append("fund pool \"Common pool\" held by p1 on shortfall pro-rata carry over\n\n");

    int subsidy = 100 + r.nextInt(400);
    t.append("article 1 \"Subsidy\"\n  central pays ").append(subsidy).append(" to pool\n\n");

    // shares: split 100 among a random non-empty subset of provinces, distinct recipients
    List<String> recipients = new ArrayList<>(provinces);
    java.util.Collections.shuffle(recipients, new java.util.Random(r.nextLong()));
    recipients = recipients.subList(0, 1 + r.nextInt(recipients.size()));
    t.append("article 2 \"Tax sharing\"\n  share base collected by p1\n");
    int left = 100;
    for (int i = 0; i < recipients.size(); i++) {
      int pct = i == recipients.size() - 1 ? left : 1 + r.nextInt(left - (recipients.size() - i - 1));
      left -= pct;
      t.append("    ").append(pct).append("% to ").append(recipients.get(i)).append('\n');
    }
    t.append('\n');

    String a = provinces.get(r.nextInt(n));
    String b = provinces.get((provinces.indexOf(a) + 1 + r.nextInt(n - 1)) % n);
    String threshold = r.nextInt(5) + "." + r.nextInt(10);
    int stake = 10 + r.nextInt(90);
    t.append("article 3 \"Compensation\"\n  if q <= ").append(threshold).append(" then\n    ").append(b).append(" pays ")
        .append(stake).append(" to ").append(a).append("\n  else\n    ").append(a).append(" pays ").append(stake)
        .append(" to ").append(b).append("\n  end\n\n");

    String basis = r.nextBoolean() ? "equally" : "in proportion to pop";
    t.append("article 4 \"Payout\"\n  pool distributes ").append(1 + r.nextInt(subsidy)).append(" to ")
        .append(String.join(", ", provinces)).append(' ').append(basis).append("\n\n");

    String debtor = provinces.get(r.nextInt(n));
    t.append("article 5 \"Contribution\"\n  obligation dues \"Yearly dues\" ").append(debtor).append(" must pay ")
        .append(1 + r.nextInt(50)).append(" to pool by ").append(end).append('\n')
        .append("  penalty on breach of dues: pays 5% of arrears to pool\n\n");

    t.append("article 6 \"Disputes\"\n  disputes go to consultation between p1 and p2 within 2 months\n")
        .append("    then arbitration by central within 6 months, binding\n")
        .append("    contested payments held in escrow\n    costs borne by loser\n    all parties consent\n");
    return t.toString();
  }
}
