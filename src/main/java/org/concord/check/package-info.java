/**
 * The checking stage: name resolution, types and the agreement rules (spec/semantics.md).
 *
 * <p>Start-up (issue 7): the code that every `concord check` runs tests AST types with
 * {@code instanceof}, not with a pattern {@code switch}. Each pattern switch links an
 * invokedynamic call site the first time it runs, and the JDK makes a class for it then (about a
 * millisecond each, uncached by the JDK 25 AOT cache); some twenty of them on the path of a
 * one-file check cost a tenth of its start-up. The few such sites that a check runs in other
 * stages (SizeLimits in syntax, Model.collect, the validation of `test` blocks in api) are
 * written the same way. Code off that path (explanations, error paths that rarely run) keeps its
 * switches. The sites so written say so in a comment.
 */
package org.concord.check;
