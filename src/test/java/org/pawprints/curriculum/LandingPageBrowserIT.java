package org.pawprints.curriculum;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.Visitors;

/** A visitor meets Pawprints: the landing page, the seven steps, one step's page. */
@BrowserTest
class LandingPageBrowserIT {

  @Test
  void englishVisitorSeesTheSevenSteps(Visitors visitors) {
    Page page = visitors.open("en-CA");
    Response response = page.navigate(visitors.url("/"));

    assertEquals(200, response.status());
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    assertThat(page.locator("h1")).hasText("Seven small steps back toward each other");
    assertThat(page.locator("#steps li")).hasCount(7);
    for (int n = 1; n <= 7; n++) {
      assertThat(page.locator("#steps li").nth(n - 1).locator(".pp-step-number"))
          .hasText("Step " + n);
    }
    assertThat(page.locator("#steps li").first()).containsText("Make everyday moments lighter");
    assertThat(page.locator("#credit-source")).containsText("Lianne Perry, MA, MSc., RCC");
    assertThat(page.locator("#credit-source"))
        .containsText("How to Rebuild Emotional Closeness Without Dramatic Overhauls");
    assertThat(page.locator("#credit-independence"))
        .containsText("not affiliated with, or endorsed by, the Gottman Institute");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "landing-en");
  }

  @Test
  void frenchVisitorSeesTheSevenStepsInFrench(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/"));

    assertThat(page.locator("html")).hasAttribute("lang", "fr-CA");
    assertThat(page.locator("h1")).hasText("Sept petits pas pour se retrouver");
    assertThat(page.locator("#steps li")).hasCount(7);
    for (int n = 1; n <= 7; n++) {
      assertThat(page.locator("#steps li").nth(n - 1).locator(".pp-step-number"))
          .hasText("Étape " + n);
    }
    assertThat(page.locator("#steps li").nth(3)).containsText("Réparer tôt et en douceur");
    assertThat(page.locator("#credit-source")).containsText("Lianne Perry");
    assertThat(page.locator("#credit-independence")).containsText("Gottman Institute");
    Accessibility.assertNoSeriousViolations(page);
    visitors.screenshot(page, "landing-fr");
  }

  @Test
  void aStepLinkOpensThatStepsSummary(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/"));

    page.locator("#steps a").nth(3).click();

    assertThat(page).hasURL(Pattern.compile(".*/step\\.xhtml\\?slug=repair$"));
    assertThat(page.locator("#step-title")).hasText("Repair early and gently");
    assertThat(page.locator("#step .pp-step-number")).hasText("Step 4");
    assertThat(page.locator("#step-summary")).containsText("Can we start over?");
    Accessibility.assertNoSeriousViolations(page);

    page.locator("#back-to-steps").click();
    assertThat(page.locator("#steps li")).hasCount(7);
  }

  @Test
  void stepPageInFrench(Visitors visitors) {
    Page page = visitors.open("fr-CA");
    page.navigate(visitors.url("/step.xhtml?slug=appreciation"));

    assertThat(page.locator("#step-title"))
        .hasText("Remarquer et apprécier l’autre".replace('’', '\''));
    assertThat(page.locator("#step .pp-step-number")).hasText("Étape 6");
    Accessibility.assertNoSeriousViolations(page);
  }

  @Test
  void anonymousVisitorsGetNoSessionAndEveryPageIsProtectedByHeaders(Visitors visitors) {
    Page page = visitors.open("en-CA");
    Response response = page.navigate(visitors.url("/"));

    String csp = response.headerValue("content-security-policy");
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), csp);
    assertEquals("nosniff", response.headerValue("x-content-type-options"));
    assertEquals("DENY", response.headerValue("x-frame-options"));
    assertEquals("strict-origin-when-cross-origin", response.headerValue("referrer-policy"));
    assertTrue(
        page.context().cookies().stream().noneMatch(c -> c.name.equals("JSESSIONID")),
        "a public page must not create a session");
    // Only a response still in its buffer can drop its session: the page is larger than the
    // servlet's default 8 KB buffer, so this also checks that StatelessPageFilter enlarged it.
    assertTrue(response.body().length > 8192, "the landing page is " + response.body().length);
  }

  /**
   * A phone's first visit downloads about 875 kB of scripts and 350 kB of styles: they travel
   * gzip-compressed (about a quarter of that). Pages do not: a page carries the view's state and a
   * person's words beside text an attacker could choose, which is what BREACH-style attacks on
   * compressed HTTPS responses need. The server keeps each script and style, and its gzip copy,
   * once read (CachedResources): asked again, it answers the same bytes with the same headers, the
   * security headers included; an address with a parameter of its own is still answered by Faces.
   */
  @Test
  void scriptsAndStylesTravelCompressedAndPagesDoNot(Visitors visitors) throws Exception {
    // HTTP/1.1, as browsers speak it without TLS and as the TLS proxy speaks it to Pawprints
    // (server-config/nginx.conf.example).
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    assertEquals(
        null,
        get(http, visitors.url("/"), "gzip").headers().firstValue("content-encoding").orElse(null));
    // The sign-in page, whose form brings in PrimeFaces' scripts (the landing page has none).
    HttpResponse<String> page = get(http, visitors.url("/login.xhtml"), "gzip");
    assertEquals(null, page.headers().firstValue("content-encoding").orElse(null));
    for (String resource : List.of("components.js", "theme.css")) {
      Matcher link =
          Pattern.compile("\"(/jakarta\\.faces\\.resource/" + Pattern.quote(resource) + "[^\"]*)\"")
              .matcher(page.body());
      assertTrue(link.find(), resource + " is not on the sign-in page");
      String url = visitors.url(link.group(1).replace("&amp;", "&"));
      HttpResponse<byte[]> plain = getBytes(http, url, "identity");
      HttpResponse<byte[]> compressed = getBytes(http, url, "gzip");
      assertEquals("gzip", compressed.headers().firstValue("content-encoding").orElse(null), url);
      byte[] unpacked =
          new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes();
      assertArrayEquals(plain.body(), unpacked, url);
      assertTrue(
          compressed.body().length * 3 < plain.body().length,
          resource + ": " + compressed.body().length + " of " + plain.body().length + " bytes");

      // Asked again, from the server's memory: the same bytes, the same headers.
      HttpResponse<byte[]> plainAgain = getBytes(http, url, "identity");
      HttpResponse<byte[]> compressedAgain = getBytes(http, url, "gzip");
      assertArrayEquals(plain.body(), plainAgain.body(), url);
      assertArrayEquals(compressed.body(), compressedAgain.body(), url);
      for (HttpResponse<byte[]> again : List.of(plainAgain, compressedAgain)) {
        for (String header : List.of("content-type", "cache-control", "last-modified")) {
          assertEquals(
              plain.headers().firstValue(header), again.headers().firstValue(header), header);
        }
        assertEquals("Accept-Encoding", again.headers().firstValue("vary").orElse(null), url);
        assertEquals("nosniff", again.headers().firstValue("x-content-type-options").orElse(null));
        assertTrue(again.headers().firstValue("content-security-policy").isPresent(), url);
      }
      assertEquals(
          null, plainAgain.headers().firstValue("content-encoding").orElse(null), "identity");
      HttpResponse<byte[]> otherAddress = getBytes(http, url + "&other=1", "identity");
      assertEquals(200, otherAddress.statusCode());
      assertArrayEquals(plain.body(), otherAddress.body(), url + "&other=1");
      String madeUpVersion = url.replaceAll("v=[^&]*", "v=999");
      assertArrayEquals(
          plain.body(), getBytes(http, madeUpVersion, "identity").body(), madeUpVersion);
    }
    HttpResponse<byte[]> missing =
        getBytes(
            http, visitors.url("/jakarta.faces.resource/nothing.js.xhtml?ln=pawprints"), "gzip");
    assertEquals(404, missing.statusCode());
  }

  private static HttpResponse<String> get(HttpClient http, String url, String encoding)
      throws Exception {
    return http.send(request(url, encoding), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> getBytes(HttpClient http, String url, String encoding)
      throws Exception {
    return http.send(request(url, encoding), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpRequest request(String url, String encoding) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Accept-Encoding", encoding)
        .header("Accept-Language", "en-CA")
        .build();
  }
}
