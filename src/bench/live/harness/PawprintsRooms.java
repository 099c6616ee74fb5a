package bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.tyrus.client.ClientManager;

/**
 * Several Pawprints live sessions at once on one server (issue 12: "20 concurrent sessions of 50"):
 * N participants split into {@code rooms} sessions of N / rooms, each with its own facilitator
 * device; an advance is every facilitator's Next at the same moment (or paced apart: {@link
 * #staggerMs}), and the figures of all rooms are reported together (so p95 is over every
 * participant of every room). Each room is its own cohort with its own facilitator, as on a real
 * platform (PawprintsSeed).
 */
final class PawprintsRooms implements Side {

  private final ClientManager sockets;
  private final URI server;
  private final PawprintsSeed seed;
  private final HttpClient http;
  /** Filled at connect, when each room's share of the participants is known. */
  private final List<PawprintsLive> rooms = new ArrayList<>();
  private final int roomCount;
  private final ExecutorService facilitators;

  PawprintsRooms(
      ClientManager sockets, URI server, PawprintsSeed seed, HttpClient http, int roomCount) {
    this.sockets = sockets;
    this.server = server;
    this.seed = seed;
    this.http = http;
    this.roomCount = roomCount;
    this.facilitators = Executors.newFixedThreadPool(roomCount);
  }

  /**
   * Room i's facilitator taps Next i times this many ms after room 0's (BENCH_ROOMS_STAGGER_MS;
   * 0, the default, is every room at the same moment: the worst case). Real rooms are paced by
   * their own facilitators; a stagger measures rooms that run at once without advancing in the
   * same instant.
   */
  private final long staggerMs =
      Long.parseLong(System.getenv().getOrDefault("BENCH_ROOMS_STAGGER_MS", "0"));

  @Override
  public String name() {
    return "pawprints, "
        + roomCount
        + " sessions at once"
        + (staggerMs == 0 ? "" : ", Nexts " + staggerMs + " ms apart");
  }

  @Override
  public void connect(int participants) throws Exception {
    int size = participants / roomCount;
    for (int i = 0; i < roomCount; i++) {
      // Room i is cohort i's session (or, in one shared cohort, takes the participants from
      // i * size on): nobody is in two rooms.
      PawprintsLive room = new PawprintsLive(sockets, server, seed, http, seed.firstOf(i, size));
      rooms.add(room);
      room.connect(size);
    }
  }

  @Override
  public Map<String, double[]> advance(int round, Duration timeout) throws Exception {
    List<CompletableFuture<Map<String, double[]>>> all = new ArrayList<>();
    for (int i = 0; i < rooms.size(); i++) {
      PawprintsLive room = rooms.get(i);
      long delay = i * staggerMs;
      all.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  Thread.sleep(delay);
                  return room.advance(round, timeout);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              },
              facilitators));
    }
    Map<String, List<double[]>> parts = new LinkedHashMap<>();
    for (CompletableFuture<Map<String, double[]>> one : all) {
      one.join()
          .forEach(
              (measure, figures) ->
                  parts.computeIfAbsent(measure, m -> new ArrayList<>()).add(figures));
    }
    Map<String, double[]> merged = new LinkedHashMap<>();
    parts.forEach(
        (measure, lists) ->
            merged.put(
                measure,
                lists.stream().flatMapToDouble(java.util.Arrays::stream).toArray()));
    return merged;
  }

  @Override
  public List<String> afterRounds() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rooms.size(); i++) {
      for (String line : rooms.get(i).afterRounds()) {
        lines.add("session " + (i + 1) + ": " + line);
      }
    }
    return lines;
  }

  @Override
  public void close() {
    rooms.forEach(PawprintsLive::close);
    facilitators.shutdownNow();
  }
}
