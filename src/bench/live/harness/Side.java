package bench.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One side of the live-session benchmark: a way to connect N participants to one server and to
 * advance them all at once. The bare WebSocket broadcast ({@link BareBroadcast}) is the platform's
 * limit; a Pawprints live session (a facilitator advancing, participants' Faces push sockets and
 * their state fetches) is measured against it in the same run.
 */
interface Side extends AutoCloseable {

  /** The side's name in the report. */
  String name();

  /** Connects {@code participants} sockets; returns once every one is open. */
  void connect(int participants) throws Exception;

  /**
   * Advances once and waits until every participant has it, or until {@code timeout}. Returns, per
   * measure (such as "push received" or "state fetched"), one figure per participant: the
   * milliseconds from just before the advance was asked to that participant's moment, or {@code
   * Double.NaN} when the participant never got there (missed). {@code round} counts from 1 and is
   * new each time.
   */
  Map<String, double[]> advance(int round, Duration timeout) throws Exception;

  /**
   * Lines for the report after the rounds (for example "all N answered the poll, the count said
   * N"); none by default.
   */
  default List<String> afterRounds() throws Exception {
    return List.of();
  }

  /** Closes every socket the side opened. */
  @Override
  void close();
}
