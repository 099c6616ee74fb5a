package bench.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/**
 * The live-session benchmark's client. First, for each side, an unmeasured pass of {@code
 * --warmup-pass} advances at the largest N. Then for each N, and for each side in turn on the same
 * server: connect N participants, advance a few times to warm up, advance {@code --advances} times
 * and measure, read the server's resident memory while the N are connected, disconnect. Prints a
 * Markdown table; a side's "received" p95 is also given as a multiple of the bare broadcast's at
 * the same N.
 *
 * <pre>
 * java -cp CLASSES:tyrus-standalone-client.jar bench.live.LiveBench --server http://127.0.0.1:PORT
 *     [--sides bare] [--sizes 100,500,1000] [--advances 20] [--warmup 5] [--warmup-pass 50]
 *     [--timeout-s 10]
 *     [--pause-ms 200] [--server-pid PID] [--jdbc PAWPRINTS_H2_URL (side pawprints)]
 * </pre>
 */
public final class LiveBench {

  /** How many sessions at once the side "pawprints20" runs. */
  static final int ROOMS = 20;

  /** Every side the harness knows, by the name given to --sides. */
  private static final Map<String, Function<Setup, Side>> SIDES =
      Map.of(
          "bare",
          setup ->
              new BareBroadcast(setup.client(), setup.websocket("/bench-broadcast/broadcast")),
          "pawprints",
          setup -> new PawprintsLive(setup.client(), setup.server(), setup.seed(), setup.http()),
          "pawprints20",
          setup ->
              new PawprintsRooms(
                  setup.client(), setup.server(), setup.roomsSeed(), setup.http(), ROOMS));

  /**
   * What every side gets: the server's address, the one WebSocket client and HTTP client of the
   * run, and Pawprints' seeded data (people stay signed in from one N to the next).
   */
  record Setup(
      URI server, ClientManager client, HttpClient http, PawprintsSeed seed, PawprintsSeed roomsSeed) {
    URI websocket(String path) {
      return URI.create(server.toString().replaceFirst("^http", "ws") + path);
    }
  }

  private LiveBench() {}

  /**
   * The people of the rooms side, apart from the one room's: a cohort per room, each as large as a
   * room at the largest N (rounded up to whole couples); with {@code BENCH_ROOMS_COHORT=one}, all
   * rooms in one cohort with one facilitator, as this benchmark ran before session 27.
   */
  private static PawprintsSeed roomsSeed(String jdbc, int largest) {
    int perRoom = Math.max(2, (largest / ROOMS + 1) / 2 * 2);
    boolean shared = "one".equals(System.getenv("BENCH_ROOMS_COHORT"));
    return new PawprintsSeed(
        jdbc, "rooms-", 6_200_000L, shared ? PawprintsSeed.ONE_COHORT : perRoom);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    URI server = URI.create(options.getOrDefault("server", "http://127.0.0.1:8080"));
    List<String> sides = List.of(options.getOrDefault("sides", "bare").split(","));
    List<Integer> sizes =
        List.of(options.getOrDefault("sizes", "100,500,1000").split(",")).stream()
            .map(Integer::parseInt)
            .toList();
    int advances = Integer.parseInt(options.getOrDefault("advances", "20"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
    int warmupPass = Integer.parseInt(options.getOrDefault("warmup-pass", "50"));
    Duration timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout-s", "10")));
    long pause = Long.parseLong(options.getOrDefault("pause-ms", "200"));
    String serverPid = options.get("server-pid");

    ClientManager client = ClientManager.createClient();
    // One transport and thread pool for all sockets, as one browser tab per phone would not have,
    // but as a single client process must to open a thousand sockets on two cores.
    client.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
    // On a loaded machine a handshake can take longer than Tyrus's default 30 s.
    client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, 120_000);
    HttpClient http = httpClient();
    String jdbc = options.getOrDefault("jdbc", "jdbc:h2:file:./data/pawprints;AUTO_SERVER=TRUE");
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
    Setup setup =
        new Setup(server, client, http, new PawprintsSeed(jdbc), roomsSeed(jdbc, largest));

    // A first pass at the largest N is not measured: without it, the JIT is still compiling the
    // server's and the client's paths during the first measured N (seen here: p95 several times
    // higher at whichever N came first).
    for (String name : sides) {
      try (Side side = side(name, setup)) {
        log(
            side.name()
                + ": warm-up pass, "
                + largest
                + " participants, "
                + warmupPass
                + " advances");
        side.connect(largest);
        for (int round = 1; round <= warmupPass; round++) {
          side.advance(round, timeout);
          Thread.sleep(pause);
        }
      }
    }

    List<String> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int n : sizes) {
      Map<String, Double> bareP95 = new LinkedHashMap<>();
      for (String name : sides) {
        try (Side side = side(name, setup)) {
          log(side.name() + ": connecting " + n);
          side.connect(n);
          String rss = serverPid == null ? "" : rssMegabytes(serverPid);
          for (int round = 1; round <= warmup; round++) {
            side.advance(round, timeout);
            Thread.sleep(pause);
          }
          Map<String, Latencies> measures = new LinkedHashMap<>();
          // BENCH_JFR=prefix: a JFR recording of the server over the measured rounds only (not the
          // boot, the sign-ins or the pages opening), one file per side and N.
          String jfr = System.getenv("BENCH_JFR");
          boolean recording = jfr != null && !jfr.isBlank() && serverPid != null;
          if (recording) {
            jcmd(
                serverPid,
                "JFR.start",
                "name=bench",
                "settings=" + System.getenv().getOrDefault("BENCH_JFR_SETTINGS", "profile"));
          }
          double cpuBefore = serverPid == null ? Double.NaN : cpuSeconds(serverPid);
          double harnessBefore = harnessCpuSeconds();
          Map<String, Double> compilersBefore =
              serverPid == null ? Map.of() : compilerSeconds(serverPid);
          for (int round = warmup + 1; round <= warmup + advances; round++) {
            side.advance(round, timeout)
                .forEach(
                    (measure, figures) ->
                        measures.computeIfAbsent(measure, m -> new Latencies()).add(figures));
            Thread.sleep(pause);
          }
          // The server's CPU time (user + system, all threads) per measured round: what one
          // advance and its N pushes (and, for Pawprints, N state fetches) cost the server.
          String cpu =
              serverPid == null ? "" : format((cpuSeconds(serverPid) - cpuBefore) / advances);
          // Of that, the JIT compiler's threads: on two cores the compiler is still at work during
          // the measured rounds, and its share is not the requests' (docs/performance.md,
          // "Session 13, the lead").
          String compiling =
              serverPid == null
                  ? ""
                  : format(compiledSince(compilersBefore, compilerSeconds(serverPid)) / advances);
          if (recording) {
            jcmd(serverPid, "JFR.stop", "name=bench", "filename=" + jfr + "-" + name + "-" + n + ".jfr");
          }
          for (Map.Entry<String, Latencies> entry : measures.entrySet()) {
            Latencies l = entry.getValue();
            double p95 = l.percentile(95);
            if (name.equals("bare")) {
              bareP95.put(entry.getKey(), p95);
            }
            Double bare = bareP95.get(BareBroadcast.RECEIVED);
            // Pawprints' "state fetched" is set beside the bare push as well: it is what a phone
            // shows, and the 1.5 s and 300 ms targets are for it.
            String ratio =
                name.equals("bare") || bare == null
                    ? ""
                    : format(p95 / bare) + "x";
            rows.add(
                String.join(
                        " | ",
                        "",
                        side.name(),
                        String.valueOf(n),
                        entry.getKey(),
                        format(l.percentile(50)),
                        format(p95),
                        format(l.max()),
                        String.valueOf(l.missed()),
                        String.valueOf(l.samples()),
                        ratio,
                        rss,
                        cpu,
                        compiling,
                        "")
                    .strip());
            log(rows.get(rows.size() - 1));
          }
          // The harness shares the machine's two cores with the server: what it spent per round
          // is CPU the server did not have (a room's phones are other devices).
          notes.add(
              side.name()
                  + ", N="
                  + n
                  + ": harness CPU s per round "
                  + format((harnessCpuSeconds() - harnessBefore) / advances));
          log(notes.get(notes.size() - 1));
          if (serverPid != null) {
            // What the N connected phones keep on the server: resident memory after the rounds, and
            // the heap that a full collection leaves (what the heap's size must hold).
            notes.add(
                side.name()
                    + ", N="
                    + n
                    + ": RSS after the rounds "
                    + rssMegabytes(serverPid)
                    + " MB; live heap after a full collection "
                    + liveHeapMegabytes(serverPid)
                    + " MB");
            log(notes.get(notes.size() - 1));
          }
          for (String line : side.afterRounds()) {
            notes.add(side.name() + ", N=" + n + ": " + line);
            log(notes.get(notes.size() - 1));
          }
        }
      }
    }
    client.shutdown();
    System.out.println(
        "| side | N | measure | p50 ms | p95 ms | max ms | missed | samples | p95 / bare p95 |"
            + " server RSS MB, N connected | server CPU s per round | of which the JIT compiler |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    if (!notes.isEmpty()) {
      System.out.println();
      notes.forEach(note -> System.out.println("- " + note));
    }
  }

  /**
   * Opens a socket, trying again when the handshake got no answer in time (seen on a machine with
   * a load average of 40): a phone reconnects too.
   */
  static jakarta.websocket.Session connect(
      ClientManager client,
      jakarta.websocket.Endpoint endpoint,
      jakarta.websocket.ClientEndpointConfig config,
      URI uri)
      throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.connectToServer(endpoint, config, uri);
      } catch (jakarta.websocket.DeploymentException noAnswer) {
        if (attempt == 4) {
          throw noAnswer;
        }
      }
    }
  }

  /** An HTTP client as one device has: HTTP/1.1, no redirects followed (the pages' own). */
  static HttpClient httpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static Side side(String name, Setup setup) {
    Function<Setup, Side> factory = SIDES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown side " + name + ", known: " + SIDES.keySet());
    }
    return factory.apply(setup);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String rssMegabytes(String pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("VmRSS:")) {
        long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
        return String.valueOf(kilobytes / 1024);
      }
    }
    return "?";
  }

  /** This harness's own user + system CPU time so far. */
  private static double harnessCpuSeconds() throws Exception {
    return cpuSeconds(String.valueOf(ProcessHandle.current().pid()));
  }

  /** The process's user + system CPU time so far, from /proc (clock ticks of 1/100 s). */
  private static double cpuSeconds(String pid) throws Exception {
    return threadCpuSeconds(Path.of("/proc", pid, "stat"));
  }

  /**
   * CPU seconds of each of the server's JIT compiler threads, by thread id (their names begin with
   * "C1 Compiler" or "C2 Compiler"; the JVM may start and stop some while it runs).
   */
  private static Map<String, Double> compilerSeconds(String pid) throws Exception {
    Map<String, Double> seconds = new LinkedHashMap<>();
    try (var tasks = Files.newDirectoryStream(Path.of("/proc", pid, "task"))) {
      for (Path task : tasks) {
        try {
          String name = Files.readString(task.resolve("comm")).strip();
          if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            seconds.put(task.getFileName().toString(), threadCpuSeconds(task.resolve("stat")));
          }
        } catch (IOException ended) {
          // The thread ended while it was read: its time is not counted.
        }
      }
    }
    return seconds;
  }

  /** What the compiler threads used between two readings (a thread started since counts whole). */
  private static double compiledSince(Map<String, Double> before, Map<String, Double> after) {
    return after.entrySet().stream()
        .mapToDouble(e -> e.getValue() - before.getOrDefault(e.getKey(), 0.0))
        .sum();
  }

  /** User and system CPU seconds from a /proc stat file (a process's or one of its threads'). */
  private static double threadCpuSeconds(Path stat) throws Exception {
    String line = Files.readString(stat);
    // After the command name: state is field 3, utime field 14 and stime field 15 (1-based).
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /**
   * The heap in use right after a full collection (jcmd GC.run, then GC.heap_info): the young and
   * old generations' "used" figures added up, in MB (the server runs SerialGC).
   */
  private static String liveHeapMegabytes(String pid) throws Exception {
    jcmd(pid, "GC.run");
    long kilobytes = 0;
    var used = java.util.regex.Pattern.compile("generation\\s+total \\d+K, used (\\d+)K");
    for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
      var m = used.matcher(line);
      if (m.find()) {
        kilobytes += Long.parseLong(m.group(1));
      }
    }
    return String.valueOf(kilobytes / 1024);
  }

  private static String jcmd(String pid, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("jcmd", pid));
    line.addAll(List.of(command));
    Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      log("jcmd " + String.join(" ", command) + " failed: " + out.strip());
    }
    return out;
  }

  private static String format(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  static void log(String line) {
    System.err.printf("[%tT] %s%n", System.currentTimeMillis(), line);
  }
}
