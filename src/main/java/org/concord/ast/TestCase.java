package org.concord.ast;

import java.util.List;
import org.concord.diagnostic.Span;

/**
 * `test "name" given … expect … [within E] end`: a drafter's worked example, run by `concord
 * test`. Givens build the scenario; expectations are checked against the simulated result.
 */
public record TestCase(String name, List<Given> givens, List<Expectation> expectations, Expr tolerance, Span span)
    implements Declaration {

  public TestCase {
    givens = List.copyOf(givens);
    expectations = List.copyOf(expectations);
  }

  public sealed interface Given permits ScenarioFile, Values, Dispute, Default {
    Span span();
  }

  /** `given scenario "xinan.scenario.json"`. */
  public record ScenarioFile(String path, Span span) implements Given {}

  /** `given P = 0.9 in 2012, 1.2 in 2013` or `given population[anhui] = 61`. */
  public record Values(Name input, Name party, List<GivenValue> values, Span span) implements Given {
    public Values {
      values = List.copyOf(values);
    }
  }

  /** One value; a null period means every period. */
  public record GivenValue(Expr value, PeriodLit period, Span span) {}

  /** `given dispute under article 2 in 2013 ruled upheld`; a null ruling means none is given. */
  public record Dispute(String article, PeriodLit period, Name ruling, Span span) implements Given {}

  /** `given anhui defaults on contribution in 2013`. */
  public record Default(Name party, Name obligation, PeriodLit period, Span span) implements Given {}

  public sealed interface Expectation permits Net, Flow, Balance, Event, Reports {
    Span span();
  }

  /** `expect net anhui in 2012 = 400`; a null period means the total over the term. */
  public record Net(Name account, PeriodLit period, Expr value, Span span) implements Expectation {}

  /** `expect flow zhejiang to anhui in 2012 = 100`; a null period means the total. */
  public record Flow(Name from, Name to, PeriodLit period, Expr value, Span span) implements Expectation {}

  /** `expect balance basin in 2014 = 0`. */
  public record Balance(Name fund, PeriodLit period, Expr value, Span span) implements Expectation {}

  /** `expect event breach of quality in 2013`. */
  public record Event(Name kind, Name subject, PeriodLit period, Span span) implements Expectation {}

  /** `expect diagnostic C0301`: the checker reports this code for the agreement. */
  public record Reports(Name code, Span span) implements Expectation {}
}
