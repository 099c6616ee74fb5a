package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.PawprintsServer;

/**
 * Rule 15, ready means ready: from the moment "Pawprints is ready" is in the log or /health/ready
 * says UP, whichever comes first, the public pages answer 200 with their content. Both used to come
 * seconds before the web module had started, while every page answered 500 with an empty body. The
 * test watches a boot of its own, asking as often as it can.
 */
@Tag("browser")
class ReadinessIT {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> PAGES =
      List.of("/login.xhtml", "/", "/forgot-password.xhtml", "/join.xhtml");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void pagesServeFromTheMomentPawprintsSaysItIsReady() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "readiness-");
    PawprintsServer server = PawprintsServer.launch(dataDir, Map.of(), "readiness-server.log");
    try {
      String signal = awaitFirstSignal(server);
      for (String path : PAGES) {
        HttpResponse<String> page = get(server, path);
        assertEquals(200, page.statusCode(), path + " right after " + signal);
        assertTrue(page.body().contains("<form") || page.body().contains("<main"), path);
      }
      assertEquals(200, get(server, "/health/ready").statusCode());
    } finally {
      server.close();
    }
  }

  /** Which signal came first: the log line or readiness. */
  private String awaitFirstSignal(PawprintsServer server) throws Exception {
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped while booting; see " + server.log());
      }
      if (new String(Files.readAllBytes(server.log()), StandardCharsets.ISO_8859_1)
          .contains("Pawprints is ready at")) {
        return "the log line";
      }
      if (answers(server, "/health/ready") == 200) {
        return "/health/ready UP";
      }
      Thread.sleep(50); // polling interval: as often as a 2-core machine allows
    }
    throw new IllegalStateException("Pawprints never said it was ready; see " + server.log());
  }

  private int answers(PawprintsServer server, String path) throws InterruptedException {
    try {
      return get(server, path).statusCode();
    } catch (IOException notListeningYet) {
      return 0;
    }
  }

  private HttpResponse<String> get(PawprintsServer server, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.url(path)))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
