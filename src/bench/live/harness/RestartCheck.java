package bench.live;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.tyrus.client.ClientManager;

/**
 * A real server restart in the middle of a live session (run by restart.sh, which stops and boots
 * Payara Micro between the two phases on the same database). {@code before}: the facilitator moves
 * to the poll and a participant answers. {@code after}: both sign in again (the HTTP sessions died
 * with the server) and land where the room was: the poll on screen, the participant's answer
 * chosen, the same version, the facilitator's count; then the facilitator goes back and the
 * participant's new socket gets the push. Prints PASS or FAIL lines; exits 1 on a failure.
 *
 * <pre>java -cp ... bench.live.RestartCheck before|after SERVER JDBC STATE_FILE</pre>
 */
public final class RestartCheck {

  private static final Pattern OPTION = Pattern.compile("<button id=\"(answer:[^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("data-version=\"(\\d+)\"");
  private static final Pattern COUNT = Pattern.compile("id=\"answer-count\"[^>]*>\\s*(\\d+)");
  private static final Pattern CHANNEL =
      Pattern.compile("jakarta\\.faces\\.push\\\\?/live\\?([A-Za-z0-9_\\-]+)");

  private static boolean failed;

  private RestartCheck() {}

  public static void main(String[] args) throws Exception {
    URI server = URI.create(args[1]);
    PawprintsSeed seed = new PawprintsSeed(args[2]);
    Path state = Path.of(args[3]);
    HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    if (args[0].equals("before")) {
      PawprintsSeed.Person person = seed.participants(1).get(0);
      long session = seed.newSession();
      FacesBrowser facilitator = seed.signedIn(seed.facilitator(), http, server);
      String control = "/facilitate/live-control.xhtml?session=" + session;
      String controlState = FacesBrowser.viewState(facilitator.get(control).body());
      facilitator.ajax(control, "control", "control:next", controlState).join();
      FacesBrowser phone = seed.signedIn(person, http, server);
      String live = "/my/live.xhtml?session=" + session;
      String page = phone.get(live).body();
      check(page.contains("A poll"), "before: the participant sees the poll");
      String option = FacesBrowser.first(OPTION, page, "an option");
      int status = phone.ajax(live, "answer", option, FacesBrowser.viewState(page)).join()
          .statusCode();
      check(status == 200 && seed.answers(session) == 1, "before: the answer is stored");
      Files.writeString(state, session + " " + seed.version(session));
    } else {
      String[] saved = Files.readString(state).strip().split(" ");
      long session = Long.parseLong(saved[0]);
      long version = Long.parseLong(saved[1]);
      FacesBrowser facilitator = new FacesBrowser(http, server);
      facilitator.signIn("bench-live-facilitator@pawprints.test", "correct horse live facilitator");
      FacesBrowser phone = new FacesBrowser(http, server);
      phone.signIn("bench-live-participant-1@pawprints.test", "correct horse live participant-1");
      String live = "/my/live.xhtml?session=" + session;
      String page = phone.get(live).body();
      check(page.contains("A poll"), "after: the participant lands on the poll");
      check(page.contains("aria-pressed=\"true\""), "after: the participant's answer is chosen");
      Matcher shown = VERSION.matcher(page);
      check(shown.find() && Long.parseLong(shown.group(1)) == version, "after: the same version");
      String control = "/facilitate/live-control.xhtml?session=" + session;
      String controlPage = facilitator.get(control).body();
      Matcher count = COUNT.matcher(controlPage);
      check(count.find() && count.group(1).equals("1"), "after: the facilitator's count is 1");
      check(controlPage.contains("A poll"), "after: the facilitator keeps control on the poll");

      CountDownLatch pushed = new CountDownLatch(1);
      String cookie = phone.cookieHeader();
      ClientEndpointConfig config =
          ClientEndpointConfig.Builder.create()
              .configurator(
                  new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                      headers.put("Cookie", List.of(cookie));
                    }
                  })
              .build();
      URI socket =
          URI.create(
              server.toString().replaceFirst("^http", "ws")
                  + "/jakarta.faces.push/live?"
                  + FacesBrowser.first(CHANNEL, page, "push channel"));
      Session open =
          ClientManager.createClient()
              .connectToServer(
                  new Endpoint() {
                    @Override
                    public void onOpen(Session s, EndpointConfig c) {
                      s.addMessageHandler(
                          String.class,
                          (MessageHandler.Whole<String>)
                              m -> {
                                if (m.replace("\\", "").contains("\"v\":" + (version + 1))) {
                                  pushed.countDown();
                                }
                              });
                    }
                  },
                  config,
                  socket);
      facilitator
          .ajax(control, "control", "control:back", FacesBrowser.viewState(controlPage))
          .join();
      check(pushed.await(10, TimeUnit.SECONDS), "after: the next change reaches the phone by push");
      open.close();
    }
    System.exit(failed ? 1 : 0);
  }

  private static void check(boolean ok, String what) {
    System.out.println((ok ? "PASS " : "FAIL ") + what);
    failed |= !ok;
  }
}
