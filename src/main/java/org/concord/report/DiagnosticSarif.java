package org.concord.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeMap;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Label;
import org.concord.diagnostic.Severity;
import org.concord.diagnostic.Span;

/**
 * Diagnostics as SARIF 2.1.0, the format code-scanning tools read to show findings on the lines
 * of a file. One run, one rule per code that occurs, one result per diagnostic.
 */
public final class DiagnosticSarif {
  private DiagnosticSarif() {}

  public static ObjectNode report(List<Diagnostic> diagnostics, String version) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "concord");
    driver.put("version", version);
    ArrayNode rules = driver.putArray("rules");
    TreeMap<String, Code> used = new TreeMap<>();
    for (Diagnostic d : diagnostics) used.put(d.code().name(), d.code());
    for (Code code : used.values()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.name());
      rule.putObject("shortDescription").put("text", code.title());
      rule.putObject("defaultConfiguration").put("level", level(code.severity()));
      rule.putObject("help").put("text", "run `concord explain " + code.name() + "` for the catalogue entry");
    }
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.code().name());
      result.put("level", level(d.severity()));
      String text = d.help() == null || d.help().isBlank() ? d.message() : d.message() + "\nhelp: " + d.help();
      result.putObject("message").put("text", text);
      result.putArray("locations").add(location(d.span(), null));
      if (!d.related().isEmpty()) {
        ArrayNode related = result.putArray("relatedLocations");
        int id = 1;
        for (Label l : d.related()) related.add(location(l.span(), l.message()).put("id", id++));
      }
    }
    return root;
  }

  private static ObjectNode location(Span span, String message) {
    ObjectNode loc = Json.mapper().createObjectNode();
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", span.file());
    ObjectNode region = physical.putObject("region");
    region.put("startLine", span.line());
    region.put("startColumn", span.column());
    region.put("endLine", span.endLine());
    region.put("endColumn", Math.max(span.endColumn(), span.column()));
    if (message != null) loc.putObject("message").put("text", message);
    return loc;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }
}
