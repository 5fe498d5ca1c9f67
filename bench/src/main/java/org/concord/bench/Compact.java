package org.concord.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concord.diagnostic.Span;
import org.concord.model.Account;
import org.concord.model.AccountKind;
import org.concord.model.Article;
import org.concord.model.Definition;
import org.concord.model.Formula;
import org.concord.model.Fund;
import org.concord.model.Granularity;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.model.Provision;
import org.concord.model.Rounding;
import org.concord.model.Schedule;
import org.concord.model.Term;
import org.concord.model.ValueType;

/**
 * A generated equalisation compact among prefecture-level parties, deterministic from its seed:
 * a common fund fed in proportion to revenue and paid out to equalise revenue per resident, tax
 * sharing in joint industrial parks (with caps), a provincial top-up for weak members, and dues
 * whose breach costs an escalating penalty with interest on arrears.
 *
 * <p>{@link #text()} is the agreement as a drafter would write it; {@link #handModel()} is the
 * model the checker resolves that text to, built here by hand so the simulation benchmarks do
 * not wait for the checker (see {@link ModelSource}); {@link CompactBaseline} computes the same
 * flows in plain Java.
 */
public final class Compact {
  /** A joint industrial park: {@code host} collects its tax and passes {@code share} of it to {@code partner}. */
  public record Park(int host, int partner, BigDecimal share, BigDecimal totalCap, BigDecimal periodCap, int first, int last) {}

  public static final String DUES = "dues";
  public static final BigDecimal DUES_AMOUNT = new BigDecimal("1");
  public static final BigDecimal PAYOUT_OF_POOL = new BigDecimal("0.9");
  public static final BigDecimal PAYOUT_OF_BALANCE = new BigDecimal("0.5");
  public static final BigDecimal TOP_UP_BELOW = new BigDecimal("0.8");
  public static final BigDecimal TOP_UP_RATE = new BigDecimal("0.02");
  public static final BigDecimal PENALTY_FIXED = new BigDecimal("0.5");
  public static final BigDecimal PENALTY_OF_ARREARS = new BigDecimal("0.1");
  public static final BigDecimal INTEREST = new BigDecimal("0.01");
  public static final BigDecimal ESCALATION = new BigDecimal("0.25");

  public final long seed;
  public final int parties;
  public final int firstYear;
  public final int years;
  public final List<Park> parks;

  private Compact(long seed, int parties, int firstYear, int years, List<Park> parks) {
    this.seed = seed;
    this.parties = parties;
    this.firstYear = firstYear;
    this.years = years;
    this.parks = List.copyOf(parks);
  }

  /** The benchmark's compact: 333 prefectures over 30 years (2001–2030). */
  public static Compact standard() {
    return generate(42, 333, 30);
  }

  public static Compact generate(long seed, int parties, int years) {
    if (parties < 2 || years < 1) throw new IllegalArgumentException("need at least 2 parties and 1 year");
    SplittableRandom rnd = new SplittableRandom(seed);
    int firstYear = 2001;
    // a third of the members host a park; hosts are distinct, so no base is shared twice
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parties; i++) order.add(i);
    for (int i = parties - 1; i > 0; i--) java.util.Collections.swap(order, i, rnd.nextInt(i + 1));
    List<Park> parks = new ArrayList<>();
    int count = Math.max(1, parties / 3);
    for (int k = 0; k < count; k++) {
      int host = order.get(k);
      int partner = rnd.nextInt(parties - 1);
      if (partner >= host) partner++;
      BigDecimal share = BigDecimal.valueOf(20 + 5 * rnd.nextInt(9), 2); // 20% … 60%
      BigDecimal totalCap = null;
      BigDecimal periodCap = null;
      switch (rnd.nextInt(3)) {
        case 0 -> totalCap = BigDecimal.valueOf(500 + 100 * rnd.nextInt(40));
        case 1 -> periodCap = BigDecimal.valueOf(50 + 10 * rnd.nextInt(30));
        default -> {}
      }
      int first = rnd.nextInt(Math.max(1, years / 3));
      int last = years - 1 - rnd.nextInt(Math.max(1, years / 4));
      parks.add(new Park(host, partner, share, totalCap, periodCap, first, Math.max(first, last)));
    }
    return new Compact(seed, parties, firstYear, years, parks);
  }

  // ------------------------------------------------------------------ account ids and slots

  public String party(int i) {
    return String.format("p%03d", i + 1);
  }

  /** Slots of the hand-built model: province, the prefectures, the council, the fund. */
  public int provinceSlot() {
    return 0;
  }

  public int partySlot(int i) {
    return i + 1;
  }

  public int councilSlot() {
    return parties + 1;
  }

  public int fundSlot() {
    return parties + 2;
  }

  public String label(int t) {
    return String.valueOf(firstYear + t);
  }

  // ------------------------------------------------------------------ text

  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("-- Generated by org.concord.bench.GenerateCompact --seed ").append(seed)
        .append(" --parties ").append(parties).append(" --years ").append(years).append('\n');
    s.append("-- A prefectural equalisation compact: common fund, tax sharing in joint parks, penalties.\n");
    s.append("-- Amounts are CNY millions; the figures are synthetic.\n\n");
    s.append("agreement equalisation_compact \"Prefectural fiscal equalisation compact (generated, seed ")
        .append(seed).append(")\"\n");
    s.append("  term ").append(label(0)).append(" to ").append(label(years - 1)).append(" yearly\n");
    s.append("  currency CNY millions\n");
    s.append("  rounding 0.01 half-even remainder largest\n\n");
    s.append("parties\n");
    s.append("  province \"Provincial government\" level province\n");
    for (int i = 0; i < parties; i++) {
      s.append("  ").append(party(i)).append(" \"Prefecture ").append(party(i).substring(1))
          .append("\" level prefecture parent province\n");
    }
    s.append("  council \"Compact council of the prefectures\" level body parent province\n    members ");
    for (int i = 0; i < parties; i++) {
      if (i > 0) s.append(i % 12 == 0 ? ",\n      " : ", ");
      s.append(party(i));
    }
    s.append("\n\n");
    s.append("""
        inputs
          revenue "Local general budget revenue" : money CNY by party per period default 0
          population "Resident population, thousands" : number by party per period default 0
          park_tax "Tax collected in the joint industrial park a member hosts" : money CNY by party per period default 0
          contribution_rate "Share of total revenue paid into the fund" : percent constant in [0%, 10%] default 3%

        define capacity[p] "Revenue per resident" = revenue[p] / population[p]
        define average_capacity "Average revenue per resident" = sum(revenue) / sum(population)
        define pool "The fund's intake for the year" = contribution_rate of sum(revenue)

        fund equalisation "Common equalisation fund" held by council
          initial balance 0
          on shortfall pro-rata
          carry over

        article 1 "Contributions in proportion to revenue"
          members of council contribute pool to equalisation in proportion to revenue each year

        article 2 "Equalising payout"
          equalisation distributes 90% of pool + 50% of balance(equalisation) to members of council
            equalising capacity each year

        article 3 "Tax sharing in joint industrial parks"
        """);
    for (Park p : parks) {
      s.append("  share park_tax collected by ").append(party(p.host())).append('\n');
      s.append("    ").append(p.share().movePointRight(2).stripTrailingZeros().toPlainString()).append("% to ")
          .append(party(p.partner())).append('\n');
      s.append("    remainder to ").append(party(p.host())).append('\n');
      if (p.totalCap() != null) {
        s.append("    until ").append(party(p.partner())).append(" has received ").append(p.totalCap()).append('\n');
      }
      if (p.periodCap() != null) s.append("    at most ").append(p.periodCap()).append(" per period\n");
      s.append("    from ").append(label(p.first())).append(" through ").append(label(p.last())).append('\n');
    }
    s.append("""

        article 4 "Provincial top-up for weak prefectures"
          for each p in members of council do
            if capacity[p] < 80% of average_capacity then
              province pays 2% of revenue[p] to p each year
            end
          end

        article 5 "Dues to the council"
          for each p in members of council do
            obligation dues "Pay the council's yearly dues" p must pay 1 to council each period
          end
          penalty on breach of dues:
            pays 0.5 + 10% of arrears to province
            interest 1% per period on arrears to council
            escalating 25% per repeat
        """);
    return s.toString();
  }

  // ------------------------------------------------------------------ the model the checker resolves the text to

  /** Input slots of the hand-built model. */
  static final int REVENUE = 0;
  static final int POPULATION = 1;
  static final int PARK_TAX = 2;
  static final int RATE = 3;

  public Model handModel() {
    Span span = Span.ofFile("equalisation_compact.concord");
    List<Integer> members = new ArrayList<>();
    for (int i = 0; i < parties; i++) members.add(partySlot(i));

    List<Account> accounts = new ArrayList<>();
    accounts.add(new Account(0, "province", "Provincial government", AccountKind.PARTY, "province",
        Rounding.NO_ACCOUNT, List.of(), span));
    for (int i = 0; i < parties; i++) {
      accounts.add(new Account(partySlot(i), party(i), "Prefecture " + party(i).substring(1), AccountKind.PARTY,
          "prefecture", 0, List.of(), span));
    }
    accounts.add(new Account(councilSlot(), "council", "Compact council of the prefectures", AccountKind.PARTY, "body",
        0, members, span));
    accounts.add(new Account(fundSlot(), "equalisation", "Common equalisation fund", AccountKind.FUND, "",
        Rounding.NO_ACCOUNT, List.of(), span));

    Formula zeroMoney = new Formula.Constant(BigDecimal.ZERO, ValueType.MONEY, span);
    List<Input> inputs = List.of(
        new Input(REVENUE, "revenue", "Local general budget revenue", ValueType.MONEY, true, false, null, null,
            zeroMoney, Rounding.NO_ACCOUNT, span),
        new Input(POPULATION, "population", "Resident population, thousands", ValueType.NUMBER, true, false, null, null,
            new Formula.Constant(BigDecimal.ZERO, ValueType.NUMBER, span), Rounding.NO_ACCOUNT, span),
        new Input(PARK_TAX, "park_tax", "Tax collected in the joint industrial park a member hosts", ValueType.MONEY,
            true, false, null, null, zeroMoney, Rounding.NO_ACCOUNT, span),
        new Input(RATE, "contribution_rate", "Share of total revenue paid into the fund", ValueType.PERCENT, false, true,
            BigDecimal.ZERO, new BigDecimal("0.1"), new Formula.Constant(new BigDecimal("0.03"), ValueType.PERCENT, span),
            Rounding.NO_ACCOUNT, span));

    // loop variables: 0 capacity, 1-3 aggregates, 4-5 bases, 6-7 for-each
    Formula capacityBody = div(in(REVENUE, ValueType.MONEY, bound(0), span), in(POPULATION, ValueType.NUMBER, bound(0), span),
        ValueType.MONEY, span);
    Formula average = div(sum(1, members, in(REVENUE, ValueType.MONEY, bound(1), span), ValueType.MONEY, span),
        sum(2, members, in(POPULATION, ValueType.NUMBER, bound(2), span), ValueType.NUMBER, span), ValueType.MONEY, span);
    Formula pool = mul(in(RATE, ValueType.PERCENT, null, span),
        sum(3, members, in(REVENUE, ValueType.MONEY, bound(3), span), ValueType.MONEY, span), ValueType.MONEY, span);
    int capacity = 0;
    int averageCapacity = 1;
    int poolDef = 2;
    List<Definition> definitions = List.of(
        new Definition(capacity, "capacity", "Revenue per resident", ValueType.MONEY, true, 0, capacityBody, span),
        new Definition(averageCapacity, "average_capacity", "Average revenue per resident", ValueType.MONEY, false, -1,
            average, span),
        new Definition(poolDef, "pool", "The fund's intake for the year", ValueType.MONEY, false, -1, pool, span));

    Schedule whole = new Schedule(0, years - 1);
    Formula poolRef = new Formula.DefinitionValue(poolDef, null, ValueType.MONEY, span);

    Provision contribute = new Provision.Contribution(members, poolRef, fundSlot(),
        new Provision.Proportional(4, in(REVENUE, ValueType.MONEY, bound(4), span)), whole, span);
    Formula payout = new Formula.Arithmetic(Formula.ArithmeticOp.ADD,
        mul(pct(PAYOUT_OF_POOL, span), poolRef, ValueType.MONEY, span),
        mul(pct(PAYOUT_OF_BALANCE, span), new Formula.FundBalance(fundSlot(), span), ValueType.MONEY, span),
        ValueType.MONEY, span);
    Provision distribute = new Provision.Distribution(fundSlot(), payout, members,
        new Provision.Equalising(5, new Formula.DefinitionValue(capacity, bound(5), ValueType.MONEY, span)), whole, span);

    List<Provision> shares = new ArrayList<>();
    for (Park p : parks) {
      int host = partySlot(p.host());
      int partner = partySlot(p.partner());
      shares.add(new Provision.Share(PARK_TAX, host, List.of(new Provision.Portion(p.share(), partner, span)), host,
          p.totalCap() != null ? partner : Rounding.NO_ACCOUNT,
          p.totalCap() == null ? null : new Formula.Constant(p.totalCap(), ValueType.MONEY, span),
          p.periodCap() == null ? null : new Formula.Constant(p.periodCap(), ValueType.MONEY, span),
          new Schedule(p.first(), p.last()), span));
    }

    Formula weak = new Formula.Comparison(Formula.ComparisonOp.LT,
        new Formula.DefinitionValue(capacity, bound(6), ValueType.MONEY, span),
        mul(pct(TOP_UP_BELOW, span), new Formula.DefinitionValue(averageCapacity, null, ValueType.MONEY, span),
            ValueType.MONEY, span),
        span);
    Provision topUp = new Provision.ForEach(6, members, List.of(new Provision.Conditional(
        List.of(new Provision.Branch(weak, List.of(new Provision.Payment(new Formula.FixedParty(0),
            mul(pct(TOP_UP_RATE, span), in(REVENUE, ValueType.MONEY, bound(6), span), ValueType.MONEY, span),
            bound(6), whole, span)), span)),
        List.of(), span)), span);

    Provision dues = new Provision.ForEach(7, members, List.of(new Provision.Obligation(0, DUES,
        "Pay the council's yearly dues", bound(7),
        new Provision.PayDuty(new Formula.Constant(DUES_AMOUNT, ValueType.MONEY, span), new Formula.FixedParty(councilSlot())),
        -1, false, span)), span);
    Formula penaltyAmount = new Formula.Arithmetic(Formula.ArithmeticOp.ADD,
        new Formula.Constant(PENALTY_FIXED, ValueType.MONEY, span),
        mul(pct(PENALTY_OF_ARREARS, span), new Formula.ContextValue(Formula.Word.ARREARS, ValueType.MONEY, span),
            ValueType.MONEY, span),
        ValueType.MONEY, span);
    Provision penalty = new Provision.Penalty(0, Rounding.NO_ACCOUNT, penaltyAmount, provinceSlot(), INTEREST,
        councilSlot(), ESCALATION, span);

    List<Article> articles = List.of(
        new Article("1", "Contributions in proportion to revenue", List.of(contribute), span),
        new Article("2", "Equalising payout", List.of(distribute), span),
        new Article("3", "Tax sharing in joint industrial parks", shares, span),
        new Article("4", "Provincial top-up for weak prefectures", List.of(topUp), span),
        new Article("5", "Dues to the council", List.of(dues, penalty), span));

    List<String> labels = new ArrayList<>();
    for (int t = 0; t < years; t++) labels.add(label(t));
    List<Fund> funds = List.of(new Fund(fundSlot(), councilSlot(), zeroMoney, Fund.Shortfall.PRO_RATA, true,
        Rounding.NO_ACCOUNT, span));
    return new Model("equalisation_compact",
        "Prefectural fiscal equalisation compact (generated, seed " + seed + ")", span.file(),
        new Term(Granularity.YEARLY, labels), "CNY", "millions",
        new Rounding(new BigDecimal("0.01"), RoundingMode.HALF_EVEN, Rounding.NO_ACCOUNT, true),
        accounts, inputs, definitions, funds, articles, 8);
  }

  static Formula.PartyRef bound(int variable) {
    return new Formula.BoundParty(variable);
  }

  static Formula in(int input, ValueType type, Formula.PartyRef party, Span span) {
    return new Formula.InputValue(input, party, type, span);
  }

  static Formula pct(BigDecimal fraction, Span span) {
    return new Formula.Constant(fraction, ValueType.PERCENT, span);
  }

  static Formula mul(Formula l, Formula r, ValueType type, Span span) {
    return new Formula.Arithmetic(Formula.ArithmeticOp.MUL, l, r, type, span);
  }

  static Formula div(Formula l, Formula r, ValueType type, Span span) {
    return new Formula.Arithmetic(Formula.ArithmeticOp.DIV, l, r, type, span);
  }

  static Formula sum(int variable, List<Integer> parties, Formula body, ValueType type, Span span) {
    return new Formula.Aggregate(Formula.Aggregation.SUM, variable, parties, body, type, span);
  }
}
