package org.concord.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Label;
import org.concord.diagnostic.Span;

/** Diagnostics as JSON for tools; the shape is documented in spec/cli.md. */
public final class DiagnosticJson {
  private static final ObjectMapper MAPPER = Json.mapper();

  private DiagnosticJson() {}

  public static ObjectNode report(List<Diagnostic> diagnostics, int files) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("files", files);
    root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
    root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) list.add(toJson(d));
    return root;
  }

  public static ObjectNode toJson(Diagnostic d) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("code", d.code().name());
    node.put("severity", d.severity().label());
    node.put("message", d.message());
    node.put("help", d.help());
    node.set("span", span(d.span()));
    ArrayNode related = node.putArray("related");
    for (Label l : d.related()) {
      ObjectNode r = related.addObject();
      r.put("message", l.message());
      r.set("span", span(l.span()));
    }
    return node;
  }

  static ObjectNode span(Span s) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", s.file());
    node.put("line", s.line());
    node.put("column", s.column());
    node.put("endLine", s.endLine());
    node.put("endColumn", s.endColumn());
    return node;
  }
}
