package org.concord.model;

import java.math.BigDecimal;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * A checked clause, resolved to slots: what the simulator runs each period, in article order and
 * within an article in clause order. spec/semantics.md gives each kind's meaning. Payers and
 * payees are {@link Formula.PartyRef}s so clauses inside `for each` can name the loop's party;
 * fund and account slots index {@link Model#accounts()}.
 */
public sealed interface Provision {
  Span span();

  /** `X pays E to Y`. */
  record Payment(Formula.PartyRef payer, Formula amount, Formula.PartyRef payee, Schedule schedule, Span span)
      implements Provision {}

  /**
   * `share base collected by C P1% to A …`: each period, base (collected by C) is split; each
   * portion to an account other than C is a flow from C. {@code remainderTo} takes what the
   * portions leave (NO_ACCOUNT when they sum to 100%). Caps stop payment to their party.
   */
  record Share(
      int baseInput,
      int collector,
      List<Portion> portions,
      int remainderTo,
      int capParty,
      Formula totalCap,
      Formula periodCap,
      Schedule schedule,
      Span span)
      implements Provision {
    public Share {
      portions = List.copyOf(portions);
    }
  }

  /** One line of a share: a fraction (0.5 for 50%) to an account. */
  record Portion(BigDecimal fraction, int account, Span span) {}

  /** `fund distributes E to S basis`: {@code amount} from the fund, divided among {@code recipients}. */
  record Distribution(int fund, Formula amount, List<Integer> recipients, Basis basis, Schedule schedule, Span span)
      implements Provision {
    public Distribution {
      recipients = List.copyOf(recipients);
    }
  }

  /** `S contribute E to fund basis`: {@code amount} in total, divided among {@code contributors}. */
  record Contribution(List<Integer> contributors, Formula amount, int fund, Basis basis, Schedule schedule, Span span)
      implements Provision {
    public Contribution {
      contributors = List.copyOf(contributors);
    }
  }

  /**
   * How an amount is divided among parties. {@code Proportional} and {@code Equalising} evaluate
   * their formula per party with {@code variable} bound to it.
   */
  sealed interface Basis {}

  record Equally() implements Basis {}

  record Proportional(int variable, Formula weight) implements Basis {}

  /**
   * Payouts go to the parties furthest below the others on {@code measure}, lifting the lowest
   * first (spec/semantics.md gives the exact rule).
   */
  record Equalising(int variable, Formula measure) implements Basis {}

  /** `if … else if … else … end`: the first branch whose condition holds runs; else {@code otherwise}. */
  record Conditional(List<Branch> branches, List<Provision> otherwise, Span span) implements Provision {
    public Conditional {
      branches = List.copyOf(branches);
      otherwise = List.copyOf(otherwise);
    }
  }

  record Branch(Formula condition, List<Provision> provisions, Span span) {
    public Branch {
      provisions = List.copyOf(provisions);
    }
  }

  /** `for each p in S do … end`: the body runs once per party in {@code parties}, in order. */
  record ForEach(int variable, List<Integer> parties, List<Provision> body, Span span) implements Provision {
    public ForEach {
      parties = List.copyOf(parties);
      body = List.copyOf(body);
    }
  }

  /**
   * `obligation id X must …`: {@code index} numbers obligations within the model. A pay duty
   * creates its payment unless the scenario says the party defaults; a missed duty is a breach.
   * {@code deadline} is a period index, or -1 for "every period".
   */
  record Obligation(int index, String id, String title, Formula.PartyRef party, Duty duty, int deadline, boolean hortatory, Span span)
      implements Provision {}

  sealed interface Duty {}

  record PayDuty(Formula amount, Formula.PartyRef payee) implements Duty {}

  record EnsureDuty(Formula condition) implements Duty {}

  /**
   * `penalty on breach of id: …`. {@code payer} NO_ACCOUNT means the obligated party pays;
   * {@code amount} null means interest only. Interest accrues each period on the obligation's
   * arrears; escalation multiplies the amount by (1 + rate) per earlier breach.
   */
  record Penalty(
      int obligation,
      int payer,
      Formula amount,
      int payee,
      BigDecimal interestRate,
      int interestTo,
      BigDecimal escalationRate,
      Span span)
      implements Provision {}

  /**
   * `disputes [under article …] go to …`: the route for disputes about {@code articles} (empty:
   * every article). Contested money waits in the escrow account when {@code escrow}.
   */
  record DisputeRoute(
      List<String> articles, List<Forum> steps, boolean escrow, CostBearer costs, int costParty, Formula costAmount, Span span)
      implements Provision {
    public DisputeRoute {
      articles = List.copyOf(articles);
      steps = List.copyOf(steps);
    }

    /** Months until a dispute raised now is settled: the sum of the steps' time limits. */
    public int months() {
      return steps.stream().mapToInt(Forum::months).sum();
    }
  }

  /** One step of a dispute route, its time limit converted to months (days round up). */
  record Forum(String kind, List<Integer> parties, boolean byArbiter, int months, boolean binding) {
    public Forum {
      parties = List.copyOf(parties);
    }
  }

  enum CostBearer {
    LOSER,
    EACH_SIDE,
    PARTY,
    UNSTATED
  }
}
