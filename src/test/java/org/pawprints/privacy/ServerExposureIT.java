package org.pawprints.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.PawprintsServer;
import org.pawprints.testing.browser.Visitors;

/**
 * Rule 12, the server shows nothing it need not: asked as an anonymous stranger, the running WAR
 * (started like the run command) offers no OpenAPI document, no metrics, no server name or version
 * on the container's own error answers, and listens on nothing but loopback: no data-grid port.
 */
@BrowserTest
class ServerExposureIT {

  private static final Pattern BANNER =
      Pattern.compile(
          "payara|glassfish|grizzly|eclipse|jakarta ee|x-powered-by|^server:",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theServersOwnEndpointsAnswerNobody(Visitors visitors) throws Exception {
    for (String path :
        List.of(
            "/openapi",
            "/openapi/",
            "/openapi/application.wadl",
            "/openapi/ui",
            "/metrics",
            "/metrics/base",
            "/metrics/vendor",
            "/metrics/application")) {
      HttpResponse<String> answer = get(visitors.url(path));
      assertTrue(
          answer.statusCode() == 403 || answer.statusCode() == 404,
          path + " answered " + answer.statusCode());
      assertFalse(answer.body().contains("openapi:"), path);
      assertFalse(answer.body().contains("connection_pool"), path);
      assertFalse(answer.body().contains("<application"), path);
    }
    // Health stays open for load balancers, and says no more than up or down.
    assertEquals(200, get(visitors.url("/health/ready")).statusCode());
  }

  @Test
  void theContainersOwnErrorAnswersNameNoServer(Visitors visitors) throws Exception {
    int port = URI.create(visitors.url("/")).getPort();
    List<String> requests =
        List.of(
            "GARBAGE\r\n\r\n",
            "GARBAGE\r\nHost: x\r\n\r\n",
            "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
            "GET / HTTP/9.9\r\nConnection: close\r\n\r\n",
            "TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "DELETE /login.xhtml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /no-such-page.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET /WEB-INF/web.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    for (String request : requests) {
      String answer = raw(port, request);
      assertFalse(BANNER.matcher(answer).find(), request.lines().findFirst() + ":\n" + answer);
    }
  }

  @Test
  void itListensOnLoopbackOnlyAndOpensNoDataGridPort(Visitors visitors) throws Exception {
    PawprintsServer server = visitors.server();
    Set<Integer> h2AutoServerPort = h2AutoServerPort(server.dataDir());
    List<String> listening = listeningSockets(server.pid());
    assertFalse(listening.isEmpty(), "no listening socket found for the server");
    for (String socket : listening) {
      String[] hostAndPort = socket.split(" ");
      int port = Integer.parseInt(hostAndPort[1]);
      if (h2AutoServerPort.contains(port)) {
        continue; // the tests' own way into the database (AUTO_SERVER), not the run command's
      }
      assertTrue(hostAndPort[0].equals("127.0.0.1"), "listening on " + socket);
      assertFalse(port >= 6900 && port <= 6910, "a data-grid port is open: " + socket);
    }
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // Nothing more comes: the server answers (or closes) now instead of waiting for the rest of
      // a request until the timeout ("GARBAGE" alone was 10 s of waiting for an empty answer).
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int read; (read = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, read);
        }
      } catch (SocketTimeoutException | java.net.SocketException closedOrSlow) {
        // What arrived is what we judge.
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }

  /** "address port" of each listening TCP socket the process owns (Linux /proc). */
  private static List<String> listeningSockets(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      fds.forEach(
          fd -> {
            try {
              Matcher socket =
                  Pattern.compile("socket:\\[(\\d+)]")
                      .matcher(Files.readSymbolicLink(fd).toString());
              if (socket.matches()) {
                inodes.add(socket.group(1));
              }
            } catch (IOException gone) {
              // Closed while we looked.
            }
          });
    }
    List<String> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> rows = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
      for (String row : rows.subList(1, rows.size())) {
        String[] f = row.trim().split("\\s+");
        if (f[3].equals("0A") && inodes.contains(f[9])) { // 0A = LISTEN
          listening.add(address(f[1]));
        }
      }
    }
    return listening;
  }

  /** Decodes /proc/net/tcp's "0100007F:1F90" (little-endian words) to "127.0.0.1 8080". */
  private static String address(String hexAddressAndPort) {
    String[] parts = hexAddressAndPort.split(":");
    int port = Integer.parseInt(parts[1], 16);
    String hex = parts[0];
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int b = 0; b < 4; b++) {
        bytes[word * 4 + b] =
            (byte)
                Integer.parseInt(
                    hex.substring(word * 8 + (3 - b) * 2, word * 8 + (3 - b) * 2 + 2), 16);
      }
    }
    try {
      // An IPv4-mapped IPv6 address comes back as the IPv4 address itself.
      return java.net.InetAddress.getByAddress(bytes).getHostAddress().toLowerCase(Locale.ROOT)
          + " "
          + port;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The port H2's AUTO_SERVER opened for the tests, from its lock file ("server=host:port"). */
  private static Set<Integer> h2AutoServerPort(Path dataDir) throws IOException {
    Properties lock = new Properties();
    try (InputStream in = Files.newInputStream(dataDir.resolve("pawprints.lock.db"))) {
      lock.load(in);
    }
    String server = lock.getProperty("server", "");
    return server.contains(":")
        ? Set.of(Integer.parseInt(server.substring(server.lastIndexOf(':') + 1)))
        : Set.of();
  }
}
