package org.concord.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concord.diagnostic.Span;

/**
 * One agreement file as written: its header, its imports and its declarations in source order.
 * The header is null only when the file has none (the checker reports that).
 */
public record Agreement(
    String file,
    Header header,
    List<Import> imports,
    List<Declaration> declarations,
    List<Comment> comments,
    Span span) {

  public Agreement {
    imports = List.copyOf(imports);
    declarations = List.copyOf(declarations);
    comments = List.copyOf(comments);
  }

  public List<Declaration.Party> parties() {
    List<Declaration.Party> out = new ArrayList<>();
    for (Declaration d : declarations) {
      if (d instanceof Declaration.Parties p) out.addAll(p.parties());
    }
    return Collections.unmodifiableList(out);
  }

  public List<Declaration.Input> inputs() {
    List<Declaration.Input> out = new ArrayList<>();
    for (Declaration d : declarations) {
      if (d instanceof Declaration.Inputs i) out.addAll(i.inputs());
    }
    return Collections.unmodifiableList(out);
  }

  public List<Declaration.Outside> outsides() {
    return only(Declaration.Outside.class);
  }

  public List<Declaration.Definition> definitions() {
    return only(Declaration.Definition.class);
  }

  public List<Declaration.Fund> funds() {
    return only(Declaration.Fund.class);
  }

  public List<Declaration.Article> articles() {
    return only(Declaration.Article.class);
  }

  public List<TestCase> tests() {
    return only(TestCase.class);
  }

  // Loops, not streams: the checker asks for these lists many times per agreement.
  private <T> List<T> only(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (Declaration d : declarations) {
      if (kind.isInstance(d)) out.add(kind.cast(d));
    }
    return Collections.unmodifiableList(out);
  }
}
