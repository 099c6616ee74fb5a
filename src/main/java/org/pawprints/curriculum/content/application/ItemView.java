package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/** A checklist point, ritual suggestion or phrase: a stable id and a plain-text label. */
public final class ItemView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String label;

  ItemView(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }
}
