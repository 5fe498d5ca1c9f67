package org.concord.ast;

import org.concord.diagnostic.Span;

/** A `--` comment, kept so the formatter can put it back where the drafter wrote it. */
public record Comment(String text, Span span) {}
