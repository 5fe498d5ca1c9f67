package org.concord.sim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.concord.diagnostic.Code;
import org.concord.diagnostic.Diagnostic;
import org.concord.diagnostic.Span;

/**
 * A scenario document as a small tree that remembers where each value was written, so every
 * problem can name its line and its path (`$.inputs.P.2013`). Duplicate keys are found here and
 * reported all at once (Jackson's STRICT_DUPLICATE_DETECTION would stop at the first); YAML
 * aliases are refused, so an alias bomb is a diagnostic, never an expansion.
 */
final class Tree {
  sealed interface Node {
    Span span();
  }

  record Obj(List<Entry> entries, Span span) implements Node {}

  record Entry(String key, Span keySpan, Node value) {}

  record Arr(List<Node> items, Span span) implements Node {}

  enum Kind {
    NUMBER,
    STRING,
    TRUE,
    FALSE,
    NULL
  }

  record Scalar(Kind kind, String text, Span span) implements Node {
    String describe() {
      return switch (kind) {
        case NUMBER -> "the number " + text;
        case STRING -> "the text \"" + text + "\"";
        case TRUE, FALSE -> "`" + text + "`";
        case NULL -> "nothing (null)";
      };
    }
  }

  static String describe(Node n) {
    return switch (n) {
      case Obj o -> "an object";
      case Arr a -> "a list";
      case Scalar s -> s.describe();
    };
  }

  /** Thrown for a YAML alias: the reader turns it into C1012. */
  static final class AliasRefused extends IOException {
    final Span where;

    AliasRefused(Span where) {
      super("YAML aliases (`*name`) are not supported");
      this.where = where;
    }
  }

  private final JsonParser parser;
  private final String file;
  private final List<Diagnostic> problems;

  private Tree(JsonParser parser, String file, List<Diagnostic> problems) {
    this.parser = parser;
    this.file = file;
    this.problems = problems;
  }

  /** Reads one document; null when it is empty. */
  static Node read(JsonParser parser, String file, List<Diagnostic> problems) throws IOException {
    Tree t = new Tree(parser, file, problems);
    JsonToken first = parser.nextToken();
    if (first == null) return null;
    return t.node(first, "$");
  }

  private Span here() {
    JsonLocation l = parser.currentTokenLocation();
    int line = Math.max(l.getLineNr(), 1);
    int col = Math.max(l.getColumnNr(), 1);
    return new Span(file, line, col, line, col + 1);
  }

  private Node node(JsonToken token, String path) throws IOException {
    Span span = here();
    if (parser instanceof YAMLParser y && y.isCurrentAlias()) throw new AliasRefused(span);
    return switch (token) {
      case START_OBJECT -> {
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          Span keySpan = here();
          Node value = node(parser.nextToken(), path + "." + key);
          if (!seen.add(key)) problems.add(Diagnostic.of(Code.C1008, keySpan, key, path + "." + key));
          else entries.add(new Entry(key, keySpan, value));
        }
        yield new Obj(entries, span);
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        int i = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) items.add(node(t, path + "[" + i++ + "]"));
        yield new Arr(items, span);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Scalar(Kind.NUMBER, parser.getText(), span);
      case VALUE_STRING -> new Scalar(Kind.STRING, parser.getText(), span);
      case VALUE_TRUE -> new Scalar(Kind.TRUE, "true", span);
      case VALUE_FALSE -> new Scalar(Kind.FALSE, "false", span);
      case VALUE_NULL -> new Scalar(Kind.NULL, "null", span);
      default -> new Scalar(Kind.STRING, parser.getText(), span);
    };
  }
}
