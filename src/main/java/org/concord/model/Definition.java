package org.concord.model;

import org.concord.diagnostic.Span;

/**
 * `define name[p] = …` at its slot. Definitions are listed so that each one only uses those
 * before it (the checker orders them and rejects cycles). When {@code byParty}, the body reads
 * the party from loop variable {@code variable}.
 */
public record Definition(int slot, String id, String title, ValueType type, boolean byParty, int variable, Formula body, Span span) {}
