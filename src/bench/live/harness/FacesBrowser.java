package bench.live;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser as far as the benchmark needs it: its cookies (the HTTP session), signing in
 * through the login form, a page's view state, and Faces ajax requests the way PrimeFaces sends
 * them (a remote command or a button, rendering {@code live-area}). The phones share one {@link
 * HttpClient} (each facilitator's device has its own); cookies are kept here, per person.
 */
final class FacesBrowser {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("jakarta.faces.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  /** The page's script nonce, which PrimeFaces puts in every form as {@code primefaces.nonce}. */
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient http;
  private final URI server;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> nonces = new ConcurrentHashMap<>();

  FacesBrowser(HttpClient http, URI server) {
    this.http = http;
    this.server = server;
  }

  /** Signs in through /login.xhtml; throws unless it lands on a signed-in page. */
  void signIn(String email, String password) throws Exception {
    String login = get("/login.xhtml").body();
    HttpResponse<String> answer =
        post(
                "/login.xhtml",
                form(
                    "login", "login",
                    "login:return", "",
                    "login:email", email,
                    "login:password", password,
                    "login:submit", "",
                    "jakarta.faces.ViewState", viewState(login)),
                false)
            .join();
    String where = answer.headers().firstValue("location").orElse("");
    if (answer.statusCode() != 302 || where.contains("login")) {
      throw new IllegalStateException("sign-in of " + email + " failed: " + answer.statusCode());
    }
  }

  /** How many times a request is sent before its failure counts (stale pooled connections). */
  private static final int ATTEMPTS = 4;

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = builder(path).GET().build();
    HttpResponse<String> response = null;
    for (int attempt = 1; response == null; attempt++) {
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException closedWhileIdle) {
        // A pooled connection the server closed after its keep-alive timeout: a browser retries
        // (on a loaded machine the next pooled connection may be just as stale).
        if (attempt == ATTEMPTS) {
          throw closedWhileIdle;
        }
      }
    }
    remember(response);
    Matcher nonce = CSP_NONCE.matcher(response.body());
    if (nonce.find()) {
      nonces.put(path, nonce.group(1));
    }
    return response;
  }

  /**
   * A Faces ajax request from {@code source} (a remote command or a button) in {@code form},
   * rendering {@code live-area}, as PrimeFaces sends it. Completes with the partial response.
   */
  CompletableFuture<HttpResponse<String>> ajax(
      String path, String form, String source, String viewState) {
    return ajax(path, form, source, viewState, Map.of());
  }

  /** The same, with the parameters a button adds to its request (its {@code f:param}s). */
  CompletableFuture<HttpResponse<String>> ajax(
      String path, String form, String source, String viewState, Map<String, String> params) {
    String body =
        form(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.source", source,
            "jakarta.faces.partial.execute", source,
            "jakarta.faces.partial.render", "live-area",
            source, source,
            form, form,
            "jakarta.faces.ViewState", viewState);
    // A browser's request carries the nonce that PrimeFaces' script put in the form; without it
    // PrimeFaces refuses the request's nonce ("CSP nonce mismatch") and the server logs the error
    // with its stack on every request, which the benchmark would measure instead of the page.
    String nonce = nonces.get(path);
    if (nonce != null) {
      body += "&" + form("primefaces.nonce", nonce);
    }
    for (Map.Entry<String, String> param : params.entrySet()) {
      body += "&" + form(param.getKey(), param.getValue());
    }
    return post(path, body, true);
  }

  private CompletableFuture<HttpResponse<String>> post(String path, String body, boolean ajax) {
    HttpRequest.Builder request =
        builder(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    HttpRequest built = request.build();
    // A pooled connection the server closed while idle fails at once; a browser sends again.
    return send(built, ATTEMPTS)
        .thenApply(
            response -> {
              remember(response);
              return response;
            });
  }

  private CompletableFuture<HttpResponse<String>> send(HttpRequest request, int attemptsLeft) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .handle(
            (response, failed) ->
                failed == null || attemptsLeft <= 1
                    ? (failed == null
                        ? CompletableFuture.completedFuture(response)
                        : CompletableFuture.<HttpResponse<String>>failedFuture(failed))
                    : send(request, attemptsLeft - 1))
        .thenCompose(retried -> retried);
  }

  /** The Cookie header this person's requests (and their socket's handshake) carry. */
  String cookieHeader() {
    synchronized (cookies) {
      StringJoiner header = new StringJoiner("; ");
      cookies.forEach((name, value) -> header.add(name + "=" + value));
      return header.toString();
    }
  }

  static String viewState(String page) {
    Matcher full = VIEW_STATE.matcher(page);
    if (full.find()) {
      return full.group(1).replace("&#58;", ":");
    }
    Matcher partial = PARTIAL_VIEW_STATE.matcher(page);
    return partial.find() ? partial.group(1) : null;
  }

  static String first(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no " + what + " in the page");
    }
    return m.group(1);
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path));
    String cookie = cookieHeader();
    if (!cookie.isEmpty()) {
      builder.header("Cookie", cookie);
    }
    return builder;
  }

  private void remember(HttpResponse<?> response) {
    List<String> set = response.headers().allValues("set-cookie");
    synchronized (cookies) {
      for (String line : set) {
        String pair = line.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
      }
    }
  }

  private static String form(String... namesAndValues) {
    StringJoiner body = new StringJoiner("&");
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      body.add(
          URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }
}
