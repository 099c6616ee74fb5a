package org.pawprints.testing.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jacoco.core.tools.ExecDumpClient;

/**
 * The real WAR running on Payara Micro, the way {@code ./mvnw -Prun} runs it, on a free port with
 * its own fresh data directory. One instance serves every browser test of a build.
 */
public final class PawprintsServer implements AutoCloseable {

  private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);

  /**
   * The password-hashing cost of this server and of the people {@link TestPeople} seeds: low, so
   * that a hundred sign-ins do not cost minutes, and equal, so that no first sign-in re-hashes. The
   * real default (210,000) is checked by PasswordHashingTest, the upgrade by AccountsIT.
   */
  static final int PASSWORD_ITERATIONS = 1_024;

  private final Process process;
  private final String baseUrl;
  private final Path dataDir;

  private final Path log;

  /** Where {@link #saveCoverage()} fetches and saves the coverage, for a server to be killed. */
  private final Optional<CoverageOnRequest> coverage;

  private record CoverageOnRequest(int port, Path file) {}

  private PawprintsServer(
      Process process,
      String baseUrl,
      Path dataDir,
      Path log,
      Optional<CoverageOnRequest> coverage) {
    this.process = process;
    this.baseUrl = baseUrl;
    this.dataDir = dataDir;
    this.log = log;
    this.coverage = coverage;
    // A server must not outlive the tests: when a test run stops before close() (no browser could
    // be launched, a failed boot of another part, Ctrl-C), the orphan would keep its port and half
    // a gigabyte, and slow every later run on this machine.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "stop-pawprints-server"));
  }

  /**
   * Boots the WAR. {@code environment} adds settings such as the SMTP server of the tests. The
   * database allows a second process in (H2's AUTO_SERVER), so that tests can seed people.
   */
  public static PawprintsServer start(Map<String, String> environment)
      throws IOException, InterruptedException {
    return start(environment, "browser-server.log");
  }

  /** A server of its own, for tests that need other settings (no SMTP), logging to {@code log}. */
  public static PawprintsServer start(Map<String, String> environment, String logName)
      throws IOException, InterruptedException {
    Path dataDir = Files.createTempDirectory(target(), "browser-data-");
    return start(dataDir, environment, logName);
  }

  /**
   * Boots the WAR on an existing data directory (a restart), logging to {@code logName} under
   * target/ so that it never overwrites the log of the build's shared server.
   */
  public static PawprintsServer start(Path dataDir, Map<String, String> environment, String logName)
      throws IOException, InterruptedException {
    PawprintsServer server = launch(dataDir, environment, logName);
    server.awaitReady();
    return server;
  }

  /** Starts the WAR without waiting for it: for tests that watch the boot itself. */
  public static PawprintsServer launch(
      Path dataDir, Map<String, String> environment, String logName) throws IOException {
    return launch(dataDir, environment, logName, false);
  }

  /**
   * Starts the WAR without waiting for it, for a test that watches the boot and then kills the
   * server. A killed process writes no coverage file, so this one keeps its coverage until {@link
   * #saveCoverage()} fetches it (JaCoCo's agent as a TCP server on loopback).
   */
  public static PawprintsServer launchToBeKilled(
      Path dataDir, Map<String, String> environment, String logName) throws IOException {
    return launch(dataDir, environment, logName, true);
  }

  private static PawprintsServer launch(
      Path dataDir, Map<String, String> environment, String logName, boolean toBeKilled)
      throws IOException {
    int port = freePort();
    Path serverConfig = Path.of(System.getProperty("pawprints.serverConfig", "server-config"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                // As the run command: listen on loopback only (PAWPRINTS_BIND_ADDRESS).
                "-Dpawprints.bind.address=127.0.0.1"));
    // Coverage of what the browser tests reach on the server (set by the pom; blank when skipped).
    String coverageAgent = System.getProperty("jacoco.browser.agent", "");
    Optional<CoverageOnRequest> coverage = Optional.empty();
    if (!coverageAgent.isBlank() && toBeKilled) {
      Matcher file = Pattern.compile("destfile=([^,]+)").matcher(coverageAgent);
      if (!file.find()) {
        throw new IllegalStateException("No destfile in " + coverageAgent);
      }
      int coveragePort = freePort();
      coverage =
          Optional.of(
              new CoverageOnRequest(
                  coveragePort,
                  Path.of(file.group(1)).resolveSibling(logName.replace(".log", ".exec"))));
      coverageAgent = file.replaceFirst("output=tcpserver,address=127.0.0.1,port=" + coveragePort);
    }
    if (!coverageAgent.isBlank()) {
      command.add(coverageAgent);
    }
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.jar", "target/payara-micro.jar"),
            "--deploy",
            System.getProperty("pawprints.war", "target/pawprints.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster",
            "--prebootcommandfile",
            serverConfig.resolve("pre-boot-commands.asadmin").toString(),
            "--postbootcommandfile",
            serverConfig.resolve("post-boot-commands.asadmin").toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PAWPRINTS_DATA_DIR", dataDir.toString());
    builder.environment().put("PAWPRINTS_PORT", String.valueOf(port));
    builder.environment().put("PAWPRINTS_DB_URL", jdbcUrl(dataDir));
    builder.environment().put("PAWPRINTS_PASSWORD_ITERATIONS", String.valueOf(PASSWORD_ITERATIONS));
    // The daily nudge run would nudge test people who joined days ago if a run crossed its hour;
    // the nudge tests press "Check now" instead.
    builder.environment().put("PAWPRINTS_NUDGES_DAILY", "false");
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    Path log = target().resolve(logName);
    builder.redirectOutput(log.toFile());
    return new PawprintsServer(builder.start(), "http://127.0.0.1:" + port, dataDir, log, coverage);
  }

  /**
   * Saves what this server's code has covered so far beside the build's other coverage files, for a
   * server started by {@link #launchToBeKilled}; nothing when coverage is off.
   */
  public void saveCoverage() throws IOException {
    if (coverage.isEmpty()) {
      return;
    }
    ExecDumpClient client = new ExecDumpClient();
    client.setDump(true);
    client.setReset(true);
    client.dump("127.0.0.1", coverage.get().port()).save(coverage.get().file().toFile(), true);
  }

  /** True while the server process runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  private static Path target() {
    return Path.of("target").toAbsolutePath();
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** The server's own database, reachable from the tests while the server runs. */
  public String jdbcUrl() {
    return jdbcUrl(dataDir);
  }

  /**
   * The server's own H2 file, or the database named by {@code PAWPRINTS_TEST_DB_URL} (user and
   * password {@code pawprints}): a check of the pages on PostgreSQL by hand (docs/postgresql.md).
   * Every server of the run then shares that one database.
   */
  private static String jdbcUrl(Path dataDir) {
    String shared = System.getenv("PAWPRINTS_TEST_DB_URL");
    if (shared != null && !shared.isBlank()) {
      return shared;
    }
    return "jdbc:h2:file:" + dataDir.resolve("pawprints") + ";AUTO_SERVER=TRUE";
  }

  public Path log() {
    return log;
  }

  /** The process's id, for tests that look at what it listens on. */
  public long pid() {
    return process.pid();
  }

  /** Ends the server the way a crash or {@code kill -9} does: no shutdown, no flush. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Payara Micro did not die");
    }
  }

  private void awaitReady() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(url("/health/ready")))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped while booting; see " + log());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("Pawprints was not ready after " + BOOT_TIMEOUT);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
