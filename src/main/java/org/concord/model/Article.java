package org.concord.model;

import java.util.List;
import org.concord.diagnostic.Span;

/** An article with its provisions: the article number is what every flow cites. */
public record Article(String number, String title, List<Provision> provisions, Span span) {
  public Article {
    provisions = List.copyOf(provisions);
  }
}
