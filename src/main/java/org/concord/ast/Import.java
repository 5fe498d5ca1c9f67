package org.concord.ast;

import org.concord.diagnostic.Span;

/** `import "path"`: another agreement file whose parties (and other declarations) this one uses. */
public record Import(String path, Span span) {}
