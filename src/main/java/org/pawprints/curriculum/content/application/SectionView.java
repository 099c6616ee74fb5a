package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/** A lesson section as a page shows it: its title (plain text) and its body as safe HTML. */
public final class SectionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String title;
  private final String bodyHtml;

  SectionView(String id, String title, String bodyHtml) {
    this.id = id;
    this.title = title;
    this.bodyHtml = bodyHtml;
  }

  public String getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }
}
