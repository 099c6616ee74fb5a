package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A brake on guessing partner codes: a person who types many codes that match nothing waits a
 * while. Kept in memory, like the sign-in throttle: a brake, not a record. A guessed code would
 * also have to belong to someone in the guesser's own cohort to pair them.
 */
@ApplicationScoped
public class CodeAttempts {

  static final int FREE_TRIES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int MAX_TRACKED = 50_000;

  private final Map<Long, Misses> misses = new ConcurrentHashMap<>();

  public boolean isBlocked(long personId, Instant now) {
    Misses m = misses.get(personId);
    return m != null && m.count >= FREE_TRIES && m.since.plus(WINDOW).isAfter(now);
  }

  public void missed(long personId, Instant now) {
    if (misses.size() > MAX_TRACKED) {
      misses.values().removeIf(m -> m.since.plus(WINDOW).isBefore(now));
    }
    misses.compute(
        personId,
        (id, before) ->
            before == null || before.since.plus(WINDOW).isBefore(now)
                ? new Misses(1, now)
                : new Misses(before.count + 1, before.since));
  }

  public void succeeded(long personId) {
    misses.remove(personId);
  }

  private record Misses(int count, Instant since) {}
}
