package org.concord.model;

import java.util.List;
import org.concord.diagnostic.Span;

/**
 * A party, fund, escrow or outside account, at its slot (its index in {@link Model#accounts()}).
 * Parties have a level (national, province, …, body) and optionally a parent and members; the
 * other kinds leave those empty ({@code parent} is {@link Rounding#NO_ACCOUNT}).
 */
public record Account(
    int slot, String id, String title, AccountKind kind, String level, int parent, List<Integer> members, Span span) {
  public Account {
    members = List.copyOf(members);
  }
}
