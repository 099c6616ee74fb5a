package org.pawprints.platform.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks Pawprints' own sign-in page, over the loopback address it listens on, until it answers 200:
 * the moment a person opening the address would get a page. A public page, so the probe makes no
 * session and needs no account.
 */
final class FirstPageProbe {

  /** How long start-up may take after the servlets are ready before the probe gives up. */
  static final Duration PATIENCE = Duration.ofMinutes(2);

  private static final Duration PAUSE = Duration.ofMillis(100);

  private final URI page;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  FirstPageProbe(URI page) {
    this.page = page;
  }

  /** The sign-in page on this server: the bind address (loopback when it listens everywhere). */
  static URI signInPage(int port, String contextPath) {
    String bound = System.getProperty("pawprints.bind.address", "127.0.0.1");
    String host =
        bound.isBlank() || bound.equals("0.0.0.0") || bound.equals("::") ? "127.0.0.1" : bound;
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + port + contextPath + "/login.xhtml");
  }

  /** True once the page answered 200; false if it did not within {@link #PATIENCE}. */
  boolean awaitAnswer() {
    Instant deadline = Instant.now().plus(PATIENCE);
    HttpRequest request =
        HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10)).GET().build();
    while (Instant.now().isBefore(deadline)) {
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // Not listening yet: ask again.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      try {
        Thread.sleep(PAUSE.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }
}
