package org.concord.report;

import java.util.List;

/**
 * What running the test cases of agreement files gave: one suite per file, one case per `test`
 * block. A failing case carries a one-line message (expected vs actual) and the details a
 * drafter needs to see why (the trace of the flows behind the actual value).
 */
public record TestOutcome(List<Suite> suites) {
  public TestOutcome {
    suites = List.copyOf(suites);
  }

  public record Suite(String file, List<Case> cases) {
    public Suite {
      cases = List.copyOf(cases);
    }

    public long failures() {
      return cases.stream().filter(c -> !c.passed()).count();
    }
  }

  /** {@code millis} is wall time for the JUnit report only; nothing else depends on it. */
  public record Case(String name, String location, boolean passed, String message, String details, long millis) {}

  public long passed() {
    return suites.stream().flatMap(s -> s.cases().stream()).filter(Case::passed).count();
  }

  public long failed() {
    return suites.stream().mapToLong(Suite::failures).sum();
  }
}
