package org.concord.check;

import java.util.List;
import org.concord.ast.Agreement;

/**
 * One agreement to check, with the agreements it imports (already parsed, transitively, in
 * import order). Imported files lend their parties, inputs, definitions, funds and outside
 * accounts to the importing agreement.
 */
public record CheckUnit(Agreement agreement, List<Agreement> imports) {
  public CheckUnit {
    imports = List.copyOf(imports);
  }
}
