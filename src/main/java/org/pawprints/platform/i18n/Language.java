package org.pawprints.platform.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Pawprints speaks: English and Canadian French. */
public enum Language {
  EN(Locale.ENGLISH),
  FR(Locale.CANADA_FRENCH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag for {@code lang} attributes: {@code en} or {@code fr-CA}. */
  public String tag() {
    return locale.toLanguageTag();
  }

  /** The short code used in cookies and forms: {@code en} or {@code fr}. */
  public String code() {
    return locale.getLanguage();
  }

  /** The language of a locale, when Pawprints speaks it ({@code fr-FR} counts as French). */
  public static Optional<Language> of(Locale locale) {
    if (locale == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.locale.getLanguage().equals(locale.getLanguage())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /** The language for a short code such as {@code fr}, ignoring case and surrounding space. */
  public static Optional<Language> ofCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return of(Locale.forLanguageTag(code.strip().toLowerCase(Locale.ROOT)));
  }
}
