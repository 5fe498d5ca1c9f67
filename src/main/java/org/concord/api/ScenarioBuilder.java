package org.concord.api;

import java.math.BigDecimal;
import java.util.Locale;
import org.concord.model.Input;
import org.concord.model.Model;
import org.concord.sim.scenario.Ruling;
import org.concord.sim.scenario.Scenario;
import org.concord.sim.scenario.ScenarioEvent;

/**
 * A scenario built in code, by the names the agreement uses. A name the agreement does not
 * declare is a programming error here (an {@link IllegalArgumentException} that names it); files
 * from users go through the scenario readers, which report such mistakes as diagnostics.
 */
public final class ScenarioBuilder {
  private final Model model;
  private final Scenario.Builder builder;

  ScenarioBuilder(Model model) {
    this.model = model;
    this.builder = Scenario.builder(model);
  }

  /** The value of an input that is one value for all parties, in one period. */
  public ScenarioBuilder value(String input, String period, String value) {
    builder.value(input(input).slot(), 0, period(period), new BigDecimal(value));
    return this;
  }

  /** The value of a per-party input for one party in one period. */
  public ScenarioBuilder value(String input, String party, String period, String value) {
    builder.value(input(input).slot(), party(party), period(period), new BigDecimal(value));
    return this;
  }

  /** The same value in every period; {@code party} is ignored (may be null) for inputs not given per party. */
  public ScenarioBuilder constant(String input, String party, String value) {
    Input in = input(input);
    builder.constant(in.slot(), in.byParty() ? party(party) : 0, new BigDecimal(value));
    return this;
  }

  /** A dispute about an article's payments of a period, and the ruling (upheld, reversed, split; null for none). */
  public ScenarioBuilder dispute(String article, String period, String ruling) {
    Ruling r = ruling == null ? null : Ruling.valueOf(ruling.toUpperCase(Locale.ROOT));
    builder.event(new ScenarioEvent.Dispute(article, period(period), r));
    return this;
  }

  /** A party's default on an obligation in a period. */
  public ScenarioBuilder defaults(String party, String obligation, String period) {
    builder.event(new ScenarioEvent.Default(party(party), obligation, period(period)));
    return this;
  }

  Scenario build() {
    return builder.build();
  }

  private Input input(String id) {
    Input in = model.input(id);
    if (in == null) throw new IllegalArgumentException("the agreement has no input `" + id + "`");
    return in;
  }

  private int party(String id) {
    var account = model.account(id);
    if (account == null) throw new IllegalArgumentException("the agreement has no account `" + id + "`");
    return account.slot();
  }

  private int period(String label) {
    int index = model.term().indexOf(label);
    if (index < 0) throw new IllegalArgumentException("`" + label + "` is not a period of the term " + model.term().labels());
    return index;
  }
}
