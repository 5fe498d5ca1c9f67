package org.concord.ast;

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
    return declarations.stream()
        .flatMap(d -> d instanceof Declaration.Parties p ? p.parties().stream() : java.util.stream.Stream.empty())
        .toList();
  }

  public List<Declaration.Input> inputs() {
    return declarations.stream()
        .flatMap(d -> d instanceof Declaration.Inputs i ? i.inputs().stream() : java.util.stream.Stream.empty())
        .toList();
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

  private <T> List<T> only(Class<T> kind) {
    return declarations.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
