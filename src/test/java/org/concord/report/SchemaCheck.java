package org.concord.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON Schema 2020-12 to hold our output to spec/simulation.schema.json: type,
 * required, properties, additionalProperties, items, minItems, enum, pattern, propertyNames,
 * and local $ref. Returns every violation with its path.
 */
final class SchemaCheck {
  private final JsonNode root;
  final List<String> problems = new ArrayList<>();

  SchemaCheck(JsonNode schema) {
    this.root = schema;
  }

  List<String> check(JsonNode value) {
    check(root, value, "$");
    return problems;
  }

  private void check(JsonNode schema, JsonNode v, String path) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      JsonNode target = root;
      for (String part : ref.substring(2).split("/")) target = target.get(part);
      check(target, v, path);
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), v)) {
      problems.add(path + ": expected " + schema.get("type") + ", got " + v.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) found |= e.equals(v);
      if (!found) problems.add(path + ": " + v + " not in " + schema.get("enum"));
    }
    if (schema.has("pattern") && v.isTextual() && !v.asText().matches(schema.get("pattern").asText())) {
      problems.add(path + ": `" + v.asText() + "` does not match " + schema.get("pattern").asText());
    }
    if (v.isObject()) {
      if (schema.has("required")) {
        for (JsonNode r : schema.get("required")) if (!v.has(r.asText())) problems.add(path + ": missing " + r.asText());
      }
      JsonNode props = schema.get("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (schema.has("propertyNames")) check(schema.get("propertyNames"), com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), path + "." + e.getKey() + "(name)");
        if (props != null && props.has(e.getKey())) {
          check(props.get(e.getKey()), e.getValue(), path + "." + e.getKey());
        } else if (schema.has("additionalProperties")) {
          JsonNode extra = schema.get("additionalProperties");
          if (extra.isBoolean() && !extra.asBoolean()) problems.add(path + ": unexpected " + e.getKey());
          else if (extra.isObject()) check(extra, e.getValue(), path + "." + e.getKey());
        }
      }
    }
    if (v.isArray()) {
      if (schema.has("minItems") && v.size() < schema.get("minItems").asInt()) problems.add(path + ": too few items");
      if (schema.has("items")) for (int i = 0; i < v.size(); i++) check(schema.get("items"), v.get(i), path + "[" + i + "]");
    }
  }

  private static boolean typeMatches(JsonNode type, JsonNode v) {
    if (type.isArray()) {
      for (JsonNode t : type) if (typeMatches(t, v)) return true;
      return false;
    }
    return switch (type.asText()) {
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      case "string" -> v.isTextual();
      case "null" -> v.isNull();
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      default -> false;
    };
  }
}
