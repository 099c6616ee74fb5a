package org.pawprints.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.pawprints.platform.i18n.Language;

/** One statement of a questionnaire version, in both languages. */
@Embeddable
public class Item {

  @Column(nullable = false)
  private int position;

  @Column(name = "text_en", nullable = false, length = ItemSetRules.MAX_TEXT)
  private String textEn;

  @Column(name = "text_fr", nullable = false, length = ItemSetRules.MAX_TEXT)
  private String textFr;

  @Column(name = "reverse_scored", nullable = false)
  private boolean reverseScored;

  protected Item() {}

  public Item(int position, String textEn, String textFr, boolean reverseScored) {
    this.position = position;
    this.textEn = textEn;
    this.textFr = textFr;
    this.reverseScored = reverseScored;
  }

  public int getPosition() {
    return position;
  }

  public String getTextEn() {
    return textEn;
  }

  public String getTextFr() {
    return textFr;
  }

  public String text(Language language) {
    return language == Language.FR ? textFr : textEn;
  }

  public boolean isReverseScored() {
    return reverseScored;
  }
}
