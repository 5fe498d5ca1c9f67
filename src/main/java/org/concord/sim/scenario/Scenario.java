package org.concord.sim.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.concord.model.Input;
import org.concord.model.Model;

/**
 * What the world does over the term, resolved against one model: a value per input, party (for
 * inputs by party) and period, and the events (disputes, defaults). Immutable once built; values
 * a scenario does not give are null here, and the simulator falls back to the input's default.
 */
public final class Scenario {
  /** [input slot][account slot, or 0 for inputs not by party][period]. */
  private final BigDecimal[][][] values;
  private final List<ScenarioEvent> events;

  private Scenario(BigDecimal[][][] values, List<ScenarioEvent> events) {
    this.values = values;
    this.events = List.copyOf(events);
  }

  /** A scenario with no values and no events: every input takes its default. */
  public static Scenario empty(Model model) {
    return builder(model).build();
  }

  public static Builder builder(Model model) {
    return new Builder(model);
  }

  /** The value of input {@code input} for {@code account} (ignored when not by party) in {@code period}; null if not given. */
  public BigDecimal value(int input, int account, int period) {
    BigDecimal[][] rows = values[input];
    int row = rows.length == 1 ? 0 : account;
    if (row < 0 || row >= rows.length || period < 0 || period >= rows[row].length) return null;
    return rows[row][period];
  }

  public List<ScenarioEvent> events() {
    return events;
  }

  /** Collects values and events; the readers use it, and so can tests and embedding code. */
  public static final class Builder {
    private final BigDecimal[][][] values;
    private final List<ScenarioEvent> events = new ArrayList<>();

    Builder(Model model) {
      int periods = model.term().size();
      int accounts = model.accounts().size();
      values = new BigDecimal[model.inputs().size()][][];
      for (Input in : model.inputs()) values[in.slot()] = new BigDecimal[in.byParty() ? accounts : 1][periods];
    }

    /** Sets a value; {@code account} is ignored for inputs not by party. */
    public Builder value(int input, int account, int period, BigDecimal value) {
      BigDecimal[][] rows = values[input];
      rows[rows.length == 1 ? 0 : account][period] = value;
      return this;
    }

    /** Sets the same value in every period. */
    public Builder constant(int input, int account, BigDecimal value) {
      BigDecimal[][] rows = values[input];
      java.util.Arrays.fill(rows[rows.length == 1 ? 0 : account], value);
      return this;
    }

    public boolean has(int input, int account, int period) {
      BigDecimal[][] rows = values[input];
      return rows[rows.length == 1 ? 0 : account][period] != null;
    }

    public Builder event(ScenarioEvent event) {
      events.add(event);
      return this;
    }

    public Scenario build() {
      BigDecimal[][][] copy = new BigDecimal[values.length][][];
      for (int i = 0; i < values.length; i++) {
        copy[i] = new BigDecimal[values[i].length][];
        for (int r = 0; r < values[i].length; r++) copy[i][r] = values[i][r].clone();
      }
      return new Scenario(copy, events);
    }
  }
}
