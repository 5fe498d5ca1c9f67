package org.concord.ast;

import org.concord.diagnostic.Span;

/** An identifier as written, with where it was written: a party, an input, a fund, a forum. */
public record Name(String text, Span span) {
  @Override
  public String toString() {
    return text;
  }
}
