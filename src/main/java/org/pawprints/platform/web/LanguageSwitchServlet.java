package org.pawprints.platform.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.pawprints.platform.i18n.Language;

/**
 * Remembers the language a visitor picks, in a cookie, and sends them back to the page they were
 * on. A plain POST (never a GET, which must not change anything) that needs no session.
 */
@WebServlet("/language")
public class LanguageSwitchServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Instance<SignedInLanguage> signedIn;
  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Language language = Language.ofCode(request.getParameter("lang")).orElse(null);
    if (language == null) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    Cookie cookie = new Cookie(LanguagePreference.COOKIE, language.code());
    cookie.setPath(contextPath(request));
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    if (signedIn.isResolvable()) {
      signedIn.get().choose(language);
    }
    response.sendRedirect(
        request.getContextPath() + LocalReturnPath.sanitize(request.getParameter("return")));
  }

  private static String contextPath(HttpServletRequest request) {
    String path = request.getContextPath();
    return path.isEmpty() ? "/" : path;
  }
}
