package org.concord.ast;

import org.concord.diagnostic.Span;

/** A period as written: `2013`, `2013Q2` or `2013-04`. Its meaning depends on the term's granularity. */
public record PeriodLit(String text, Span span) {}
