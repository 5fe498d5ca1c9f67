package org.concord.syntax;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of every parse-tree node (the grammar's {@code contextSuperClass}). ANTLR's own
 * starts each node's child list at ten slots, though most rules (a name, a literal, a timing part)
 * have one to three children; the parse tree is most of what parsing allocates, so the lists
 * start small here and grow as needed.
 */
public class CompactRuleContext extends ParserRuleContext {
  public CompactRuleContext() {}

  public CompactRuleContext(ParserRuleContext parent, int invokingState) {
    super(parent, invokingState);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) children = new ArrayList<>(2);
    children.add(t);
    return t;
  }
}
