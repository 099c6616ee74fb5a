package org.pawprints.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.pawprints.platform.i18n.Language;

/** The language of the current request, for views ({@code #{currentLanguage.locale}}). */
@Named
@RequestScoped
public class CurrentLanguage {

  @Inject HttpServletRequest request;
  @Inject Instance<SignedInLanguage> signedIn;

  private Language language;

  public Language getLanguage() {
    if (language == null) {
      language =
          signedIn.isResolvable()
              ? signedIn.get().language().orElseGet(() -> LanguagePreference.of(request))
              : LanguagePreference.of(request);
    }
    return language;
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  public String getTag() {
    return getLanguage().tag();
  }

  public boolean isFrench() {
    return getLanguage() == Language.FR;
  }

  /** The language a visitor can switch to: the one this page is not in. */
  public Language getOther() {
    return getLanguage() == Language.FR ? Language.EN : Language.FR;
  }

  /**
   * Where the language switch sends the visitor back to: this page, as the visitor addressed it (an
   * error page is shown under the address that failed).
   */
  public String getReturnPath() {
    Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String uri = forwarded instanceof String s ? s : request.getRequestURI();
    String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    String query = forwarded == null ? request.getQueryString() : null;
    return LocalReturnPath.sanitize(query == null ? path : path + "?" + query);
  }
}
