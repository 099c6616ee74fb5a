package org.pawprints.testing.browser;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a browser page in by sending the sign-in form over plain HTTP in the page's own context
 * (Playwright's request API shares the context's cookies): the same GET and POST the form makes,
 * without rendering the sign-in page and the page it leads to. The session cookie the server sets
 * is then the browser's. Only for a sign-in that is expected to succeed (see {@link
 * TestPeople#canSignIn}); a test of the sign-in itself goes through the real form.
 */
final class HttpSignIn {

  private static final Pattern LOGIN_FORM =
      Pattern.compile(
          "<form id=\"login\"[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern HIDDEN_INPUT = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

  private HttpSignIn() {}

  /**
   * Signs in and answers the path the server sent the person to (their home page), or empty when
   * the server did not sign them in (the caller then shows the form's answer).
   */
  static Optional<String> signIn(
      Visitors visitors, Page page, String email, String password, String testClass, String test) {
    APIRequestContext http = page.context().request();
    String loginUrl = visitors.url("/login.xhtml");
    APIResponse form = http.get(loginUrl, RequestOptions.create().setMaxRedirects(0));
    PageLoads.record(testClass, test, "http", loginUrl);
    Matcher login = LOGIN_FORM.matcher(form.text());
    if (form.status() != 200 || !login.find()) {
      return Optional.empty();
    }
    FormData fields = FormData.create();
    Matcher hidden = HIDDEN_INPUT.matcher(login.group(2));
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        fields.set(unescape(name.group(1)), value.find() ? unescape(value.group(1)) : "");
      }
    }
    fields.set("login:email", email).set("login:password", password).set("login:submit", "");
    String action = visitors.url(unescape(login.group(1)));
    APIResponse sent =
        http.post(action, RequestOptions.create().setForm(fields).setMaxRedirects(0));
    PageLoads.record(testClass, test, "http", action);
    String location = sent.headers().get("location");
    if (sent.status() / 100 != 3 || location == null || location.contains("/login.xhtml")) {
      return Optional.empty();
    }
    return Optional.of(location);
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
  }
}
