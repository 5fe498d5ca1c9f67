package org.concord.sim.scenario;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;
import org.concord.model.Input;

/**
 * The CSV form of a scenario: a header `input,party,period,value` (any order) and one value per
 * row. `party` is empty for inputs not by party; `period` empty means every period. CSV holds
 * values only; events need the JSON or YAML form.
 */
final class CsvScenario {
  private static final List<String> COLUMNS = List.of("input", "party", "period", "value");
  private static final CsvFactory CSV = CsvFactory.builder().streamReadConstraints(ScenarioReader.LIMITS).build();

  private CsvScenario() {}

  static void read(String name, String text, Binder binder, List<Diagnostic> problems) {
    List<Row> rows = new ArrayList<>();
    try (CsvParser parser = (CsvParser) CSV.createParser(text)) {
      parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      parser.enable(CsvParser.Feature.TRIM_SPACES);
      JsonToken t = parser.nextToken();
      if (t == JsonToken.START_ARRAY) t = parser.nextToken();
      while (t == JsonToken.START_ARRAY) {
        // Jackson reports a row at the line before it (and the first at 0): shift to 1-based lines
        int line = Math.max(1, parser.currentTokenLocation().getLineNr() + 1);
        List<String> cells = new ArrayList<>();
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) cells.add(parser.getText());
        if (!(cells.size() == 1 && cells.get(0).isEmpty()) && !cells.isEmpty()) rows.add(new Row(line, cells));
        t = parser.nextToken();
      }
    } catch (StreamReadException e) {
      int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
      problems.add(Diagnostic.of(Code.C1002, new Span(name, line, 1, line, 2), "CSV", e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      problems.add(Diagnostic.of(Code.C1002, Span.ofFile(name), "CSV", String.valueOf(e.getMessage())));
      return;
    }
    if (rows.isEmpty()) return;
    Row header = rows.get(0);
    int[] col = new int[COLUMNS.size()];
    java.util.Arrays.fill(col, -1);
    for (int i = 0; i < header.cells.size(); i++) {
      String h = header.cells.get(i);
      int k = COLUMNS.indexOf(h);
      if (k < 0) {
        problems.add(Diagnostic.of(Code.C1003, span(name, header.line), h, "a scenario CSV header", "line " + header.line,
            "`input`, `party`, `period`, `value`"));
      } else {
        col[k] = i;
      }
    }
    for (int k = 0; k < col.length; k++) {
      if (col[k] < 0) {
        problems.add(Diagnostic.of(Code.C1004, span(name, header.line), "a header with the column `" + COLUMNS.get(k) + "`",
            "line " + header.line, "no such column"));
        return;
      }
    }
    Set<String> seen = new HashSet<>();
    for (Row row : rows.subList(1, rows.size())) {
      String at = "line " + row.line;
      Span span = span(name, row.line);
      String inputId = row.cell(col[0]);
      String partyId = row.cell(col[1]);
      String periodLabel = row.cell(col[2]);
      String valueText = row.cell(col[3]);
      Input in = binder.model().input(inputId);
      if (in == null) {
        problems.add(Diagnostic.of(Code.C1005, span, inputId, at, Names.suggest(inputId,
            binder.model().inputs().stream().map(Input::id).toList(), "remove the row, or declare the input in the agreement")));
        continue;
      }
      int party = -1;
      if (in.byParty()) {
        if (partyId.isEmpty()) {
          problems.add(Diagnostic.of(Code.C1004, span, "a party (`" + in.id() + "` is given by party)", at, "an empty `party`"));
          continue;
        }
        party = binder.party(partyId, span, at);
        if (party < 0) continue;
      } else if (!partyId.isEmpty()) {
        problems.add(Diagnostic.of(Code.C1004, span, "an empty `party` (`" + in.id() + "` is not given by party)", at,
            "`" + partyId + "`"));
        continue;
      }
      int period = -1;
      if (!periodLabel.isEmpty()) {
        period = binder.period(periodLabel, span, at);
        if (period < 0) continue;
      }
      String key = in.slot() + "/" + party + "/" + periodLabel;
      if (!seen.add(key)) {
        problems.add(Diagnostic.of(Code.C1008, span, in.id() + (party < 0 ? "" : " for " + partyId)
            + (periodLabel.isEmpty() ? "" : " in " + periodLabel), at));
        continue;
      }
      Tree.Kind kind = looksNumeric(valueText) ? Tree.Kind.NUMBER : Tree.Kind.STRING;
      if (valueText.equals("true") || valueText.equals("false")) kind = valueText.equals("true") ? Tree.Kind.TRUE : Tree.Kind.FALSE;
      BigDecimal v = binder.value(in, new Tree.Scalar(kind, valueText, span), at);
      if (v == null) continue;
      if (period < 0) binder.out.constant(in.slot(), party, v);
      else binder.out.value(in.slot(), party, period, v);
    }
  }

  private static boolean looksNumeric(String s) {
    return s.matches("-?[0-9][0-9_]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  }

  private static Span span(String name, int line) {
    return new Span(name, line, 1, line, 2);
  }

  private record Row(int line, List<String> cells) {
    String cell(int i) {
      return i < cells.size() ? cells.get(i).trim() : "";
    }
  }
}
