package org.pawprints.live.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The phones' turns ({@link PhoneTurns}): so many at once, taken in the order asked (a fair
 * semaphore), each given back once; and, when the line is full, appointments: a later time to ask
 * again, one after another at the pace turns have been ending, so that the phones turned away come
 * back spread out rather than all together.
 */
final class TurnBook {

  /** Before any turn was measured: a refresh as a 2-core server serves it under load. */
  static final long FIRST_GUESS_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

  /** How much a new measurement counts: about the last fifty turns make the average. */
  static final double WEIGHT = 0.04;

  /** The latest appointment, whatever was measured: a phone must never wait long for its state. */
  static final long LATEST_MILLIS = 15_000;

  private final Semaphore turns;
  private final int atOnce;
  private final int inLine;

  /** How long a turn is held, on average (nanoseconds). */
  private double turnNanos = FIRST_GUESS_NANOS;

  /** When (System.nanoTime) the last appointment given is; turns after it are free. */
  private long bookedUntil = Long.MIN_VALUE;

  TurnBook(int atOnce, int inLine) {
    this.turns = new Semaphore(atOnce, true);
    this.atOnce = atOnce;
    this.inLine = inLine;
  }

  /**
   * 0 if the line has room (wait in it), else in how many milliseconds to come back: after the ones
   * in line and the ones booked before, at the pace turns end (a turn's length over the number at
   * once).
   */
  synchronized long appointment(long now) {
    int waiting = turns.getQueueLength();
    if (waiting < inLine) {
      return 0;
    }
    double pace = turnNanos / atOnce;
    long lineClears = now + Math.round(waiting * pace);
    bookedUntil = Math.max(bookedUntil, lineClears) + Math.round(pace);
    long millis = TimeUnit.NANOSECONDS.toMillis(bookedUntil - now);
    return Math.max(1, Math.min(LATEST_MILLIS, millis));
  }

  /** Whether a turn was had: false after the longest wait, or when the thread was interrupted. */
  boolean take(Duration longest) {
    try {
      return turns.tryAcquire(longest.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Gives a turn back, with how long it was held. */
  void give(long heldNanos) {
    synchronized (this) {
      turnNanos += WEIGHT * (heldNanos - turnNanos);
    }
    turns.release();
  }

  int free() {
    return turns.availablePermits();
  }

  int queued() {
    return turns.getQueueLength();
  }

  synchronized double turnMillis() {
    return turnNanos / 1_000_000.0;
  }
}
