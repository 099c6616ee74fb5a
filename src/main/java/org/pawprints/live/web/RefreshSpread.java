package org.pawprints.live.web;

/**
 * When the phones told of a change should ask for their state: each room's phones get their own
 * slot in a schedule of the work already promised, so they arrive about as fast as the server can
 * answer them, instead of all at once.
 *
 * <p>Why: a thousand phones told at once all send their refresh within milliseconds. The server has
 * 32 request threads; the phones waiting for their turn ({@link PhoneTurns}) took them all, and
 * every other request, a facilitator's "Next" in another room first of all, queued behind hundreds
 * of refreshes before any code of ours saw it (measured in docs/performance.md, "Session 22"). A
 * phone that waits on its own side, for a time the server chose, holds no thread.
 *
 * <p>The schedule is virtual: each change adds its phones' work (their number times the time a turn
 * takes, measured, over the turns that run at once) after the work already promised to other rooms.
 * The push tells the phones the slot: wait {@code from} milliseconds, then a random part of {@code
 * spread}. A room told while no other room's phones are due asks at once, as before: spread over
 * the estimated time, a single room of a thousand got its state later than in one rush (fetch p95
 * 2,183 against 1,440 ms, docs/performance.md "Session 22"). A slot shorter than {@link
 * #WORTH_SPREADING_MS} is no slot either.
 */
final class RefreshSpread {

  /** Below this, spreading saves nothing worth the wait. */
  static final long WORTH_SPREADING_MS = 25;

  /** However busy: no phone is told to wait longer than this. */
  static final long LONGEST_MS = 5_000;

  /** A slot: wait {@code fromMs}, then up to {@code spreadMs} more, at random. */
  record Slot(long fromMs, long spreadMs) {
    static final Slot NOW = new Slot(0, 0);

    boolean now() {
      return fromMs == 0 && spreadMs == 0;
    }
  }

  private final int atOnce;
  private double turnMs;
  private long busyUntilNanos;
  private long lastSession = -1;

  RefreshSpread(int atOnce, double firstGuessTurnMs) {
    this.atOnce = atOnce;
    this.turnMs = firstGuessTurnMs;
  }

  /** A phone's turn took this long: the estimate follows the last few dozen turns. */
  synchronized void turnTook(long nanos) {
    turnMs += (nanos / 1_000_000.0 - turnMs) / 32;
  }

  synchronized double turnMs() {
    return turnMs;
  }

  /**
   * The slot for the {@code phones} of a session told now, their work added to the schedule. Only
   * work promised to other sessions makes them wait: a room's own earlier change is superseded by
   * this one (its phones will fetch the newest state anyway), and a room alone asks at once.
   */
  synchronized Slot slotFor(long sessionId, int phones, long nowNanos) {
    boolean othersFirst = sessionId != lastSession && busyUntilNanos - nowNanos > 0;
    long start = othersFirst ? busyUntilNanos : nowNanos;
    long work = (long) (phones * turnMs * 1_000_000 / atOnce);
    busyUntilNanos = start + work;
    lastSession = sessionId;
    long fromMs = Math.min((start - nowNanos) / 1_000_000, LONGEST_MS);
    long spreadMs = Math.min(work / 1_000_000, LONGEST_MS - fromMs);
    if (!othersFirst || fromMs + spreadMs < WORTH_SPREADING_MS) {
      return Slot.NOW;
    }
    return new Slot(fromMs, spreadMs);
  }
}
