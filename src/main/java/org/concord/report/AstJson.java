package org.concord.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.concord.ast.Agreement;
import org.concord.ast.Clause;
import org.concord.ast.Declaration;
import org.concord.ast.Expr;
import org.concord.ast.TestCase;

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

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addMixIn(Expr.class, Tagged.class)
      .addMixIn(Clause.class, Tagged.class)
      .addMixIn(Clause.Duty.class, Tagged.class)
      .addMixIn(Clause.PartySet.class, Tagged.class)
      .addMixIn(Clause.Basis.class, Tagged.class)
      .addMixIn(Declaration.class, Tagged.class)
      .addMixIn(TestCase.Given.class, Tagged.class)
      .addMixIn(TestCase.Expectation.class, Tagged.class)
      .addMixIn(Clause.Timing.class, TimingMixin.class)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private AstJson() {}

  public static String write(Agreement agreement) {
    return Json.prettyWith(MAPPER, agreement);
  }
}
