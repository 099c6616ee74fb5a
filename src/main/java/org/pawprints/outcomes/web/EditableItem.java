package org.pawprints.outcomes.web;

import java.io.Serializable;

/** One statement as the administrator edits it on the page. */
public class EditableItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private String textEn;
  private String textFr;
  private boolean reverseScored;

  public EditableItem() {}

  public EditableItem(String textEn, String textFr, boolean reverseScored) {
    this.textEn = textEn;
    this.textFr = textFr;
    this.reverseScored = reverseScored;
  }

  public String getTextEn() {
    return textEn;
  }

  public void setTextEn(String textEn) {
    this.textEn = textEn;
  }

  public String getTextFr() {
    return textFr;
  }

  public void setTextFr(String textFr) {
    this.textFr = textFr;
  }

  public boolean isReverseScored() {
    return reverseScored;
  }

  public void setReverseScored(boolean reverseScored) {
    this.reverseScored = reverseScored;
  }
}
