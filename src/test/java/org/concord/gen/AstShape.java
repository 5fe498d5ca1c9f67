package org.concord.gen;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.ast.Agreement;
import org.concord.ast.Comment;
import org.concord.ast.Expr;
import org.concord.diagnostic.Span;

/**
 * An AST with its spans taken out, as nested maps and lists, so two parses of differently laid
 * out text compare equal when they say the same thing. Percentages are compared by their digits
 * (`50 %` and `50%` are one literal), comments by their text without trailing blanks and as a
 * multiset (the formatter writes options in the grammar's order, and a comment after an option
 * moves with it), and the file name is left out. Numbers stay {@link java.math.BigDecimal}s, so `1.0` and `1` differ.
 */
public final class AstShape {
  private AstShape() {}

  /** The agreement without spans and file name, comments included (in sorted order). */
  public static Object of(Agreement a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("header", shape(a.header()));
    m.put("imports", shape(a.imports()));
    m.put("declarations", shape(a.declarations()));
    m.put("comments", a.comments().stream().map(c -> c.text().stripTrailing()).sorted().toList());
    return m;
  }

  /** The agreement without spans, file name or comments: what it means. */
  public static Object withoutComments(Agreement a) {
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) of(a);
    m.remove("comments");
    return m;
  }

  private static Object shape(Object value) {
    return switch (value) {
      case null -> null;
      case Span s -> null;
      case Comment c -> c.text().stripTrailing();
      case Expr.Percent p -> Map.of("@", "Percent", "text", p.text() == null ? p.points() + "%" : p.text().replaceAll("\\s+", ""),
          "points", p.points());
      case List<?> list -> {
        List<Object> out = new ArrayList<>();
        for (Object o : list) out.add(shape(o));
        yield out;
      }
      case Record r -> record(r);
      default -> value;
    };
  }

  /** Record components without the spans; looking them up is slow, so once per class. */
  private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> type) {
      return java.util.Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() != Span.class).toList();
    }
  };

  private static Map<String, Object> record(Record r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@", r.getClass().getSimpleName());
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      try {
        m.put(c.getName(), shape(c.getAccessor().invoke(r)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return m;
  }
}
