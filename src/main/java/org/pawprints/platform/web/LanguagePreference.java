package org.pawprints.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.pawprints.platform.i18n.Language;

/**
 * Decides which language a request is answered in: the visitor's own choice (a cookie, so that
 * anonymous visitors need no session), else the first language of the browser's Accept-Language
 * that Pawprints speaks, else English.
 */
public final class LanguagePreference {

  public static final String COOKIE = "pawprints_lang";

  private LanguagePreference() {}

  public static Language of(HttpServletRequest request) {
    return chosen(request).or(() -> fromBrowser(request)).orElse(Language.EN);
  }

  static Optional<Language> chosen(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return Language.ofCode(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  static Optional<Language> fromBrowser(HttpServletRequest request) {
    return Collections.list(request.getLocales()).stream()
        .map(Language::of)
        .flatMap(Optional::stream)
        .findFirst();
  }
}
