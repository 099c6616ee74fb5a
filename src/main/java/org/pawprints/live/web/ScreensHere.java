package org.pawprints.live.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * When each participant's live screen last said "still here", so that a refresh writes it down only
 * every so often. A phone's live page keeps no state on the server between requests (a stateless
 * view), so the time is kept here, by session and person: a thousand phones are a thousand small
 * entries, and those not heard from for a minute are dropped as others arrive. On a cluster each
 * server keeps its own: a phone that moves to another server says "here" once more, which is
 * harmless.
 */
@ApplicationScoped
public class ScreensHere {

  /** Entries older than this are dropped: the presence row is written every 20 s at most. */
  private static final long FORGET_AFTER_MS = 60_000;

  /** How many arrivals between two sweeps of old entries. */
  private static final int SWEEP_EVERY = 1_000;

  private final Map<Screen, Long> lastSaid = new ConcurrentHashMap<>();
  private final AtomicInteger sinceSweep = new AtomicInteger();

  private record Screen(long session, long person) {}

  /**
   * Whether this person's screen of this session should say "here" now (true), or said it less than
   * {@code everyMs} ago (false). A true answer counts as saying it.
   */
  public boolean due(long session, long person, long nowMs, long everyMs) {
    sweepNowAndThen(nowMs);
    boolean[] due = {false};
    lastSaid.compute(
        new Screen(session, person),
        (screen, said) -> {
          if (said == null || nowMs - said >= everyMs) {
            due[0] = true;
            return nowMs;
          }
          return said;
        });
    return due[0];
  }

  /** Forgets it: the next refresh says "here" (the write failed, so it did not count). */
  public void forget(long session, long person) {
    lastSaid.remove(new Screen(session, person));
  }

  private void sweepNowAndThen(long nowMs) {
    if (sinceSweep.incrementAndGet() >= SWEEP_EVERY) {
      sinceSweep.set(0);
      lastSaid.values().removeIf(said -> nowMs - said > FORGET_AFTER_MS);
    }
  }
}
