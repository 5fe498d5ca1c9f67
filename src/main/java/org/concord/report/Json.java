package org.concord.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration every Concord output uses: sorted where maps are, two-space indent, LF. */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty JSON with "\n" line ends on every platform, ending in a newline: byte-stable output. */
  public static String pretty(Object value) {
    return prettyWith(MAPPER, value);
  }

  static String prettyWith(ObjectMapper mapper, Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new CappedIndenter())
        .withArrayIndenter(new CappedIndenter());
    try {
      return mapper.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Two spaces a level, but no deeper than {@link #MAX_INDENT} levels: a 10,000-term sum is
   * 30,000 objects deep, and indenting every level would make its JSON quadratic in size.
   */
  private static final class CappedIndenter extends DefaultIndenter {
    private static final int MAX_INDENT = 64;

    CappedIndenter() {
      super("  ", "\n");
    }

    @Override
    public void writeIndentation(com.fasterxml.jackson.core.JsonGenerator g, int level) throws java.io.IOException {
      super.writeIndentation(g, Math.min(level, MAX_INDENT));
    }
  }
}
