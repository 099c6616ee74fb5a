package bench.live;

import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.tyrus.client.ClientManager;

/**
 * A Pawprints live session: N signed-in participants on /my/live.xhtml, each with its Faces push
 * socket ({@code /jakarta.faces.push/live?channel}, the session cookie on the handshake), and the
 * facilitator's control view. An advance is the facilitator's Next (or Back: the agenda is a slide
 * and a poll, so the rounds alternate) sent as PrimeFaces sends it. Two figures per participant:
 * from just before the advance to its socket receiving the "changed, version N" push, and to its
 * page having fetched the new state by ajax (the remote command live.js calls), as a phone does;
 * and one per room: to the facilitator's own answer to the advance ("advance answered").
 * After the rounds, everyone answers the poll and the facilitator's count must be N.
 */
final class PawprintsLive implements Side {

  static final String RECEIVED = "push received";
  static final String FETCHED = "state fetched";
  /**
   * The facilitator's own answer to the advance (one figure per room and round): how long the
   * server took over the Next itself, the push going out while it runs.
   */
  static final String ANSWERED = "advance answered";

  private static final Pattern PUSH_CHANNEL =
      Pattern.compile("jakarta\\.faces\\.push\\\\?/live\\?([A-Za-z0-9_\\-]+)");
  private static final Pattern REFRESH =
      Pattern.compile("id=\"(sync:[^\"]+)\"");
  private static final Pattern VERSION_PUSHED = Pattern.compile("\"v\":(\\d+)");

  /** The slot a busy server gives the phones: wait "w" ms, then up to "d" more (as live.js). */
  private static final Pattern SLOT = Pattern.compile("\"w\":(\\d+),\"d\":(\\d+)");
  private static final Pattern VERSION_SHOWN = Pattern.compile("data-version=\"(\\d+)\"");
  /** A poll's option: plain buttons that the form's remote command sends ("answer:choose"). */
  private static final Pattern OPTION_BUTTON =
      Pattern.compile("data-live-tap=\"pawprintsLiveChoose\" data-choice=\"(\\d+)\" data-shown=\"(\\d+)\"");
  private static final String CHOOSE = "answer:choose";
  /** The count as the page writes it: "1,000" in English, "1 000" (a no-break space) in French. */
  private static final Pattern ANSWER_COUNT =
      Pattern.compile("id=\"answer-count\"[^>]*>\\s*(\\d[\\d,\\u00a0\\u202f ]*\\d|\\d)");

  private final ClientManager sockets;
  private final URI server;
  private final PawprintsSeed seed;
  private final HttpClient http;
  private final List<Phone> phones = new ArrayList<>();
  private FacesBrowser facilitator;
  private String controlPath;
  private String controlViewState;
  private long session;
  private int position;
  private volatile Round current;

  /** Which of the seeded participants this room takes: from this one on (several rooms at once). */
  private final int firstPerson;

  PawprintsLive(ClientManager sockets, URI server, PawprintsSeed seed, HttpClient http) {
    this(sockets, server, seed, http, 0);
  }

  PawprintsLive(
      ClientManager sockets, URI server, PawprintsSeed seed, HttpClient http, int firstPerson) {
    this.sockets = sockets;
    this.server = server;
    this.seed = seed;
    this.http = http;
    this.firstPerson = firstPerson;
  }

  @Override
  public String name() {
    return "pawprints live session";
  }

  @Override
  public void connect(int participants) throws Exception {
    List<PawprintsSeed.Person> people =
        seed.participants(firstPerson + participants).subList(firstPerson, firstPerson + participants);
    // The room's cohort's facilitator, signed in once for the run. Rooms that share a cohort
    // (BENCH_ROOMS_COHORT=one): one more signed-in device of its facilitator each (one HTTP session
    // keeps only so many pages' view state).
    // The facilitator's laptop is not one of the phones: its requests get their own connections
    // and I/O thread, as another device's would (measured: the same figures as through the
    // phones' client, docs/performance.md "Session 23").
    int cohort = seed.cohortOf(firstPerson);
    HttpClient own = LiveBench.httpClient();
    facilitator =
        firstPerson == seed.firstOf(cohort, participants)
            ? seed.signedIn(seed.facilitator(cohort), own, server)
            : seed.newDevice(seed.facilitator(cohort), own, server);
    session = seed.newSession(cohort);
    position = 0;
    controlPath = "/facilitate/live-control.xhtml?session=" + session;
    controlViewState = FacesBrowser.viewState(facilitator.get(controlPath).body());
    String path = "/my/live.xhtml?session=" + session;
    List<CompletableFuture<Phone>> opening = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      int index = i;
      FacesBrowser browser = seed.signedIn(people.get(i), http, server);
      opening.add(CompletableFuture.supplyAsync(() -> open(index, browser, path)));
      if (opening.size() % 50 == 0) {
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).join();
      }
    }
    for (CompletableFuture<Phone> phone : opening) {
      phones.add(phone.join());
    }
  }

  private Phone open(int index, FacesBrowser browser, String path) {
    try {
      String page = browser.get(path).body();
      // Under heavy load a page may come back as an error page; a person reloads it.
      for (int attempt = 1; attempt < 4 && !REFRESH.matcher(page).find(); attempt++) {
        page = browser.get(path).body();
      }
      Phone phone =
          new Phone(
              index,
              browser,
              path,
              FacesBrowser.first(REFRESH, page, "liveRefresh remote command"),
              FacesBrowser.viewState(page));
      String channel = FacesBrowser.first(PUSH_CHANNEL, page, "push channel");
      String cookie = browser.cookieHeader();
      ClientEndpointConfig config =
          ClientEndpointConfig.Builder.create()
              .configurator(
                  new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                      headers.put("Cookie", List.of(cookie));
                      headers.put("Origin", List.of(server.toString()));
                    }
                  })
              .build();
      URI socket =
          URI.create(
              server.toString().replaceFirst("^http", "ws")
                  + "/jakarta.faces.push/live?"
                  + channel);
      phone.socket = LiveBench.connect(sockets, phone.endpoint(), config, socket);
      return phone;
    } catch (Exception e) {
      throw new IllegalStateException("participant " + index + " could not open the page", e);
    }
  }

  @Override
  public Map<String, double[]> advance(int round, Duration timeout) throws Exception {
    Round r = new Round(seed.version(session), phones.size());
    current = r;
    String button = position == 0 ? "control:next" : "control:back";
    r.start = System.nanoTime();
    HttpResponse<String> answer =
        facilitator.ajax(controlPath, "control", button, controlViewState).join();
    double answeredMillis = (System.nanoTime() - r.start) / 1_000_000.0;
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("the advance failed: " + answer.statusCode());
    }
    position = 1 - position;
    r.fetchedAll.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    current = null;
    synchronized (r) {
      return Map.of(
          RECEIVED,
          r.millis(r.received),
          FETCHED,
          r.millis(r.fetched),
          ANSWERED,
          new double[] {answeredMillis});
    }
  }

  /** All N answer the poll at once; the facilitator's count must then say N. */
  @Override
  public List<String> afterRounds() throws Exception {
    if (position == 0) {
      advance(0, Duration.ofSeconds(10));
    }
    long start = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (Phone phone : phones) {
      Matcher option = OPTION_BUTTON.matcher(phone.lastState);
      if (!option.find()) {
        answers.add(CompletableFuture.failedFuture(new IllegalStateException("no poll")));
        continue;
      }
      // The tap says which option and which activity the screen showed, as live.js sends them.
      Map<String, String> params = Map.of("choice", option.group(1), "shown", option.group(2));
      answers.add(phone.browser.ajax(phone.path, "answer", CHOOSE, phone.viewState, params));
    }
    // A 200 is not an answer taken: Faces answers a refusal ("the room moved on", "locked") with a
    // 200 too, its message in the re-rendered area. Taken = the area came back with my option
    // marked chosen and no refusal message.
    int ok = 0;
    int taken = 0;
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      try {
        HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
        if (response.statusCode() == 200) {
          ok++;
          if (acknowledged(response.body())) {
            taken++;
          }
        }
      } catch (Exception lost) {
        // counted as not answered
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String control = facilitator.get(controlPath).body();
    Matcher count = ANSWER_COUNT.matcher(control);
    String shown = count.find() ? count.group(1).replaceAll("\\D", "") : "?";
    long stored = seed.answers(session);
    boolean exact = shown.equals(String.valueOf(phones.size())) && stored == phones.size();
    return List.of(
        String.format(
            "poll: %d of %d answers sent in %.2f s (HTTP 200), %d acknowledged (chosen, no"
                + " refusal); the facilitator's count says %s, the database holds %d: %s",
            ok,
            phones.size(),
            seconds,
            taken,
            shown,
            stored,
            exact && taken == phones.size() ? "exact" : "NOT EXACT"));
  }

  /** The answer's response shows my option as chosen and carries no refusal message. */
  static boolean acknowledged(String body) {
    return body.contains("pp-live-chosen") && !body.contains("pp-error-text");
  }

  @Override
  public void close() {
    for (Phone phone : phones) {
      try {
        if (phone.socket != null) {
          phone.socket.close();
        }
      } catch (Exception gone) {
        // nothing to measure any more
      }
    }
    phones.clear();
  }

  private void pushed(Phone phone, String message) {
    long now = System.nanoTime();
    Round r = current;
    // Faces push sends the text as a JSON string: {\"s\":1,\"v\":2} with escaped quotes.
    Matcher v = VERSION_PUSHED.matcher(message.replace("\\", ""));
    if (r == null || !v.find() || Long.parseLong(v.group(1)) <= r.before) {
      return;
    }
    synchronized (r) {
      if (r.received[phone.index] != 0) {
        return;
      }
      r.received[phone.index] = now;
    }
    Matcher slot = SLOT.matcher(message.replace("\\", ""));
    long waitMs =
        slot.find()
            ? Long.parseLong(slot.group(1))
                + (long) (Math.random() * Long.parseLong(slot.group(2)))
            : 0;
    CompletableFuture.runAsync(
            () -> {},
            CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS))
        .thenCompose(
            asked -> phone.browser.ajax(phone.path, "sync", phone.refresh, phone.viewState))
        .whenComplete(
            (response, failed) -> {
              long done = System.nanoTime();
              boolean newer = false;
              if (failed == null && response.statusCode() == 200) {
                String body = response.body();
                Matcher shown = VERSION_SHOWN.matcher(body);
                newer = shown.find() && Long.parseLong(shown.group(1)) > r.before;
                if (newer) {
                  phone.lastState = body;
                  String state = FacesBrowser.viewState(body);
                  if (state != null) {
                    phone.viewState = state;
                  }
                  synchronized (r) {
                    r.fetched[phone.index] = done;
                  }
                }
              }
              if (!newer) {
                tellMissed(phone, r, response, failed);
              }
              r.fetchedAll.countDown();
            });
  }

  /** How many fetches that brought no new state are described (the first few are enough). */
  private static final AtomicInteger MISSED_TOLD =
      new AtomicInteger();

  /** Says why a phone's fetch brought no new state: its status, error or what the page showed. */
  private static void tellMissed(
      Phone phone, Round r, HttpResponse<String> response, Throwable failed) {
    if (MISSED_TOLD.incrementAndGet() > 5) {
      return;
    }
    String why;
    if (failed != null) {
      why = "failed: " + failed;
    } else if (response.statusCode() != 200) {
      why = "HTTP " + response.statusCode();
    } else {
      Matcher shown = VERSION_SHOWN.matcher(response.body());
      String body = response.body();
      why =
          (shown.find() ? "showed version " + shown.group(1) : "showed no version")
              + " (before the advance: "
              + r.before
              + "); answer begins: "
              + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ");
    }
    LiveBench.log("a phone's fetch brought no new state (phone " + phone.index + "): " + why);
  }

  /** One advance: the version before it, and when each phone got the push and the new state. */
  private static final class Round {
    final long before;
    final long[] received;
    final long[] fetched;
    final CountDownLatch fetchedAll;
    volatile long start;

    Round(long before, int phones) {
      this.before = before;
      this.received = new long[phones];
      this.fetched = new long[phones];
      this.fetchedAll = new CountDownLatch(phones);
    }

    double[] millis(long[] moments) {
      double[] millis = new double[moments.length];
      for (int i = 0; i < moments.length; i++) {
        millis[i] = moments[i] == 0 ? Double.NaN : (moments[i] - start) / 1_000_000.0;
      }
      return millis;
    }
  }

  /** One participant's phone: their browser, page, socket and the state it last fetched. */
  private final class Phone {
    final int index;
    final FacesBrowser browser;
    final String path;
    final String refresh;
    volatile String viewState;
    volatile String lastState = "";
    Session socket;

    Phone(int index, FacesBrowser browser, String path, String refresh, String viewState) {
      this.index = index;
      this.browser = browser;
      this.path = path;
      this.refresh = refresh;
      this.viewState = viewState;
    }

    Endpoint endpoint() {
      return new Endpoint() {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
          session.addMessageHandler(
              String.class, (MessageHandler.Whole<String>) message -> pushed(Phone.this, message));
        }
      };
    }
  }
}
