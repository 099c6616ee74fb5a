package org.pawprints.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.pawprints.platform.i18n.Language;

/** A short text held in both of Pawprints' languages, stored as two columns. */
@Embeddable
public class LocalizedText implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "en", nullable = false)
  private String en;

  @Column(name = "fr", nullable = false)
  private String fr;

  protected LocalizedText() {}

  public LocalizedText(String en, String fr) {
    this.en = Objects.requireNonNull(en);
    this.fr = Objects.requireNonNull(fr);
  }

  public String in(Language language) {
    return language == Language.FR ? fr : en;
  }
}
