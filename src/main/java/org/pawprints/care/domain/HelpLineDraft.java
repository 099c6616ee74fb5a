package org.pawprints.care.domain;

/**
 * What an administrator typed for one help entry, before the rules check it. Texts come in both
 * languages; the phone, text and web fields may be empty, but not all three.
 */
public record HelpLineDraft(
    Region region,
    String nameEn,
    String nameFr,
    String purposeEn,
    String purposeFr,
    String phone,
    String sms,
    String web,
    String languagesEn,
    String languagesFr,
    String hoursEn,
    String hoursFr) {

  /** The same draft with every text trimmed, blanks as empty, and a bare web address as https. */
  public HelpLineDraft tidy() {
    return new HelpLineDraft(
        region,
        clean(nameEn),
        clean(nameFr),
        clean(purposeEn),
        clean(purposeFr),
        clean(phone),
        clean(sms),
        HelpLineRules.withScheme(clean(web)),
        clean(languagesEn),
        clean(languagesFr),
        clean(hoursEn),
        clean(hoursFr));
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
