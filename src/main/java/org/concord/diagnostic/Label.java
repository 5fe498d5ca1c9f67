package org.concord.diagnostic;

/** A secondary place a diagnostic points at: the first definition of a duplicate, the other claim on a base. */
public record Label(Span span, String message) {}
