package org.pawprints.testing.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Plain HTTP requests in the session of a browser page that signed in: for tests that need many
 * requests at once or a count of what one request does, which a browser cannot give.
 */
public final class SignedInHttp {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Visitors visitors;
  private final String cookies;

  public SignedInHttp(Visitors visitors, Page signedIn) {
    this.visitors = visitors;
    this.cookies =
        signedIn.context().cookies().stream()
            .map((Cookie c) -> c.name + "=" + c.value)
            .collect(Collectors.joining("; "));
  }

  /** GETs a page in the signed-in session, without following redirects. */
  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(visitors.url(path)))
            .header("Cookie", cookies)
            .timeout(Duration.ofSeconds(60))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
