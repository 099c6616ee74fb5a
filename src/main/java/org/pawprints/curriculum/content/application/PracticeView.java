package org.pawprints.curriculum.content.application;

import java.io.Serializable;

/** The practice card: a plain-text title and a body as safe HTML. */
public final class PracticeView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String title;
  private final String bodyHtml;

  PracticeView(String title, String bodyHtml) {
    this.title = title;
    this.bodyHtml = bodyHtml;
  }

  public String getTitle() {
    return title;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }
}
