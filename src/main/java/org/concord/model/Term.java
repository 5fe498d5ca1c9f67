package org.concord.model;

import java.util.List;

/**
 * The periods an agreement runs for, in order. Period labels are as drafters write them:
 * `2013`, `2013Q2`, `2013-04`. Everything in the model refers to a period by its index here.
 */
public record Term(Granularity granularity, List<String> labels) {
  public Term {
    labels = List.copyOf(labels);
  }

  public int size() {
    return labels.size();
  }

  public String label(int index) {
    return labels.get(index);
  }

  /** The index of a label, or -1 when the label is not a period of the term. */
  public int indexOf(String label) {
    return labels.indexOf(label);
  }
}
