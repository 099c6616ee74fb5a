import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Commit rate of the embedded H2 database with Pawprints' durable settings beside H2's defaults,
 * in the same run: THREADS writers each save an answer-sized row (1,400 characters, like the
 * answer lost in issue 10) and commit, for SECONDS per setting, on a fresh database file each.
 *
 * <p>usage (from the project's root): {@code java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar
 * src/bench/H2CommitRate.java [SECONDS] [THREADS]}
 */
public class H2CommitRate {

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    System.out.println("| H2 settings | commits/s | p50 ms | p99 ms |");
    System.out.println("|---|---|---|---|");
    for (String settings :
        List.of("", ";WRITE_DELAY=0", ";REUSE_SPACE=FALSE;WRITE_DELAY=0")) {
      measure(settings, seconds, threads);
    }
  }

  private static void measure(String settings, int seconds, int threads) throws Exception {
    Path dir = Files.createTempDirectory("h2-commit-rate");
    String url = "jdbc:h2:file:" + dir.resolve("bench") + settings;
    Properties user = new Properties();
    user.put("user", "sa");
    user.put("password", "sa");
    try (Connection setup = new org.h2.Driver().connect(url, user)) {
      setup.createStatement().execute("CREATE TABLE answer (id BIGINT PRIMARY KEY, content CLOB)");
    }
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> writers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      long first = t * 100_000_000L;
      Thread writer =
          new Thread(
              () -> {
                try (Connection c = new org.h2.Driver().connect(url, user)) {
                  c.setAutoCommit(false);
                  PreparedStatement insert = c.prepareStatement("INSERT INTO answer VALUES (?, ?)");
                  for (long id = first; System.nanoTime() < end; id++) {
                    long start = System.nanoTime();
                    insert.setLong(1, id);
                    insert.setString(2, "x".repeat(1400));
                    insert.executeUpdate();
                    c.commit();
                    latencies.add(System.nanoTime() - start);
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      writers.add(writer);
      writer.start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "| %s | %.0f | %.2f | %.2f |%n",
        settings.isEmpty() ? "H2 defaults (WRITE_DELAY=500)" : settings.substring(1).replace(';', ' '),
        sorted.size() / (double) seconds,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6);
  }
}
