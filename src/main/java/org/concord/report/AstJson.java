package org.concord.report;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.TestCase;
import org.concord.diagnostic.Span;

/**
 * The AST as JSON, for tools (`concord parse --ast-json`). Every node of a sealed family carries
 * a `node` field naming its kind; spans are objects with file, line, column, endLine, endColumn.
 * Serialization only: Concord never reads polymorphic JSON.
 */
public final class AstJson {
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "node")
  private interface Tagged {}

  private abstract static class TimingMixin {
    @JsonIgnore
    abstract boolean isAlways();
  }

  /** A span is packed, not a record: name its coordinates, in the order a record would write them. */
  @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
      fieldVisibility = Visibility.NONE)
  @JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn"})
  private abstract static class SpanMixin {
    @JsonProperty("file")
    abstract String file();

    @JsonProperty("line")
    abstract int line();

    @JsonProperty("column")
    abstract int column();

    @JsonProperty("endLine")
    abstract int endLine();

    @JsonProperty("endColumn")
    abstract int endColumn();
  }

  /**
   * A left-nested sum of 10,000 terms is 10,000 objects deep in JSON: past Jackson's default
   * nesting limit and deeper than a default thread stack can recurse, so the limit is lifted
   * (the parser bounds depth) and writing runs on a thread with a roomy stack.
   */
  private static final long STACK_BYTES = 512L * 1024 * 1024;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
          .build())
      .addMixIn(Expr.class, Tagged.class)
      .addMixIn(Clause.class, Tagged.class)
      .addMixIn(Clause.Duty.class, Tagged.class)
      .addMixIn(Clause.PartySet.class, Tagged.class)
      .addMixIn(Clause.Basis.class, Tagged.class)
      .addMixIn(Declaration.class, Tagged.class)
      .addMixIn(TestCase.Given.class, Tagged.class)
      .addMixIn(TestCase.Expectation.class, Tagged.class)
      .addMixIn(Clause.Timing.class, TimingMixin.class)
      .addMixIn(Span.class, SpanMixin.class)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private AstJson() {}

  public static String write(Agreement agreement) {
    String[] out = new String[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread writer = new Thread(null, () -> {
      try {
        out[0] = Json.prettyWith(MAPPER, agreement);
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "concord-ast-json", STACK_BYTES);
    writer.start();
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the AST", e);
    }
    if (failure[0] != null) throw failure[0];
    if (out[0] == null) throw new IllegalStateException("the AST could not be written");
    return out[0];
  }
}
