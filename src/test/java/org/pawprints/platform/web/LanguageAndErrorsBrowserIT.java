package org.pawprints.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Visitors;

/** The app shell: switching language, and the pages a visitor sees when something is off. */
@BrowserTest
class LanguageAndErrorsBrowserIT {

  @Test
  void theLanguageSwitchIsRememberedAndKeepsThePage(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/step.xhtml?slug=repair"));
    assertThat(page.locator("#language-switch")).hasText("Français");

    page.locator("#language-switch").click();

    assertThat(page).hasURL(Pattern.compile(".*/step\\.xhtml\\?slug=repair$"));
    assertThat(page.locator("#step-title")).hasText("Réparer tôt et en douceur");
    page.navigate(visitors.url("/"));
    assertThat(page.locator("h1")).hasText("Sept petits pas pour se retrouver");

    page.locator("#language-switch").click();
    assertThat(page.locator("h1")).hasText("Seven small steps back toward each other");
  }

  @Test
  void aFrenchBrowserCanChooseEnglish(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/"));
    assertThat(page.locator("#language-switch")).hasText("English");
    page.locator("#language-switch").click();
    assertThat(page.locator("html")).hasAttribute("lang", "en");
  }

  @Test
  void aBadAddressGetsTheFriendlyNotFoundPage(Visitors visitors) {
    Page page = visitors.open("en-CA");
    Response response = page.navigate(visitors.url("/no/such/page.xhtml"));

    assertEquals(404, response.status());
    assertThat(page.locator("h1")).hasText("We could not find that page");
    assertThat(page.locator("#error-home")).isVisible();
    assertNoStackTrace(page);
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "not-found-en");

    page.locator("#error-home").click();
    assertThat(page.locator("#steps li")).hasCount(7);
  }

  @Test
  void notFoundInFrenchForUnknownStepsAndPlainPaths(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    Response unknownStep =
        page.navigate(visitors.url("/step.xhtml?slug=<script>alert(1)</script>"));
    assertEquals(404, unknownStep.status());
    assertThat(page.locator("h1")).hasText("Nous n’avons pas trouvé cette page");
    assertNoStackTrace(page);

    Response plainPath = page.navigate(visitors.url("/nothing-here"));
    assertEquals(404, plainPath.status());
    assertThat(page.locator("h1")).hasText("Nous n’avons pas trouvé cette page");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void theLanguageSwitchRejectsBadInputAndForeignRedirects(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/"));
    APIResponse foreign =
        page.request()
            .post(
                visitors.url("/language"),
                RequestOptions.create()
                    .setForm(
                        com.microsoft.playwright.options.FormData.create()
                            .set("lang", "fr")
                            .set("return", "https://evil.example/"))
                    .setMaxRedirects(0));
    assertEquals(302, foreign.status());
    assertEquals(visitors.url("/"), foreign.headers().get("location"));

    APIResponse unknown =
        page.request()
            .post(
                visitors.url("/language"),
                RequestOptions.create()
                    .setForm(com.microsoft.playwright.options.FormData.create().set("lang", "xx"))
                    .setMaxRedirects(0));
    assertEquals(400, unknown.status());
    assertFalse(unknown.text().contains("Exception"));
  }

  @Test
  void healthIsUpOnceTheDatabaseIsMigrated(Visitors visitors) {
    Page page = visitors.open("en-CA");
    APIResponse ready = page.request().get(visitors.url("/health/ready"));
    assertEquals(200, ready.status());
    assertThat(ready).isOK();
    assertEquals(true, ready.text().contains("\"migrated\":\"true\""), ready.text());
    assertEquals(200, page.request().get(visitors.url("/health/live")).status());
    assertEquals(200, page.request().get(visitors.url("/health")).status());
  }

  /**
   * The templates name PrimeFaces' theme, icons and widget words themselves (PrimeFaces adding them
   * while each head renders made them dynamic components kept in every view's state): every page
   * still wears the theme under Pawprints' own styles, has the icons, and PrimeFaces' widgets speak
   * the page's language.
   */
  @Test
  void primeFacesWearsItsThemeAndSpeaksThePagesLanguage(Visitors visitors) {
    for (String locale : List.of("fr-CA", "en-CA")) {
      Page page = visitors.open(locale);
      List<String> errors = new ArrayList<>();
      page.onPageError(errors::add);
      page.navigate(visitors.url("/login.xhtml"));
      @SuppressWarnings("unchecked")
      List<String> sheets =
          (List<String>)
              page.evaluate(
                  "() => [...document.styleSheets].map(s => s.href || '').filter(h => h)");
      int theme = indexOf(sheets, "theme.css");
      assertTrue(
          theme >= 0 && sheets.get(theme).contains("ln=primefaces-saga-blue"), sheets::toString);
      assertTrue(indexOf(sheets, "primeicons.css") >= 0, sheets::toString);
      assertTrue(theme < indexOf(sheets, "pawprints.css"), "the theme comes first: " + sheets);
      assertEquals(
          1, sheets.stream().filter(h -> h.contains("theme.css")).count(), sheets::toString);
      // The theme's rules apply (its inputs have a border radius; a bare input has none).
      assertFalse(
          "0px"
              .equals(
                  page.locator("#login\\:email")
                      .evaluate("e => getComputedStyle(e).borderTopLeftRadius")),
          "the theme styles the sign-in form");
      String language = locale.substring(0, 2);
      assertEquals(
          language.equals("fr") ? "Oui" : "Yes",
          page.evaluate(
              "l => window.PrimeFaces && PrimeFaces.locales[l] && PrimeFaces.locales[l].accept",
              language));
      assertEquals(List.of(), errors);
    }
  }

  private static int indexOf(List<String> sheets, String name) {
    for (int i = 0; i < sheets.size(); i++) {
      if (sheets.get(i).contains("/" + name)) {
        return i;
      }
    }
    return -1;
  }

  private static void assertNoStackTrace(Page page) {
    String text = page.locator("body").innerText();
    assertFalse(text.contains("Exception"), "no exception names on an error page");
    assertFalse(text.contains("at org."), "no stack frames on an error page");
    assertFalse(page.content().contains("at org."), "no stack frames hidden in the markup");
  }
}
