package org.concord.check;

import java.util.List;
import org.concord.diagnostic.Diagnostics;

/** A rule over a whole set of agreements (a directory): party identity, one base over 100%. */
public interface SetRule {
  void check(List<CheckUnit> units, Diagnostics out);
}
