package org.pawprints.live.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The phones' requests on a live screen (refreshes and answers, PrimeFaces ajax on /my/live.xhtml)
 * take turns: a few at a time, first come first served.
 *
 * <p>A push makes every phone of a room ask for its state at once. Let in together, a hundred
 * requests share the processors: each takes a hundred times longer, all finish late, and everything
 * else waits behind them: the pushes still being sent, the presenter on the projector, the
 * facilitator's next tap. In turns, half the phones get the new state in half the time, the last
 * one no later, and the staff screens (never queued here) go through between them. A turn is waited
 * for at most {@link #LONGEST_WAIT}; then the request goes ahead anyway, because a phone answered
 * late is better than one not answered.
 *
 * <p>While a change is being told to a room ({@link #whileTelling}), no new turn starts: the first
 * phones told would otherwise ask at once and share the processors with the thread still telling
 * the others, and the last phones of a big room heard of the change several times later than the
 * platform can tell them. The quiet lasts as long as the telling, at most {@link #LONGEST_QUIET}.
 */
@WebFilter(urlPatterns = "/my/live.xhtml")
public class PhoneTurns extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Two per processor: one computing while another waits on the database or the network. */
  static final int AT_ONCE = 2 * Runtime.getRuntime().availableProcessors();

  static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

  static final Duration LONGEST_QUIET = Duration.ofSeconds(2);

  private static final Turns TURNS = new Turns(AT_ONCE);

  /** When the phones of a room just told should ask (first guess: 8 ms a turn, then measured). */
  static final RefreshSpread SPREAD = new RefreshSpread(AT_ONCE, 8);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      chain.doFilter(request, response);
      return;
    }
    boolean mine = TURNS.take(LONGEST_WAIT);
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (mine) {
        TURNS.give();
        SPREAD.turnTook(System.nanoTime() - start);
      }
    }
  }

  /**
   * Runs {@code telling} (sending a change to a room's sockets) with no new turn starting
   * meanwhile. Turns already taken run on.
   */
  public static void whileTelling(Runnable telling) {
    TURNS.whileTelling(telling);
  }

  /**
   * Turns taken in the order asked (a fair semaphore), each given back once; none starts while a
   * room is being told of a change.
   */
  static final class Turns {

    private final Semaphore turns;
    private final Duration longestQuiet;
    private final ReentrantLock quietLock = new ReentrantLock();
    private final Condition quietEnded = quietLock.newCondition();
    private int telling;

    Turns(int atOnce) {
      this(atOnce, LONGEST_QUIET);
    }

    Turns(int atOnce, Duration longestQuiet) {
      this.turns = new Semaphore(atOnce, true);
      this.longestQuiet = longestQuiet;
    }

    /** Whether a turn was had: false after the longest wait, or when the thread was interrupted. */
    boolean take(Duration longest) {
      long until = System.nanoTime() + longest.toNanos();
      try {
        awaitQuiet(Math.min(longest.toNanos(), longestQuiet.toNanos()));
        long left = Math.max(0, until - System.nanoTime());
        return turns.tryAcquire(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }

    void whileTelling(Runnable telling) {
      quiet(+1);
      try {
        telling.run();
      } finally {
        quiet(-1);
      }
    }

    private void quiet(int change) {
      quietLock.lock();
      try {
        this.telling += change;
        if (this.telling == 0) {
          quietEnded.signalAll();
        }
      } finally {
        quietLock.unlock();
      }
    }

    /** Waits while a room is being told, at most {@code nanos}. */
    private void awaitQuiet(long nanos) throws InterruptedException {
      quietLock.lock();
      try {
        long left = nanos;
        while (telling > 0 && left > 0) {
          left = quietEnded.awaitNanos(left);
        }
      } finally {
        quietLock.unlock();
      }
    }

    void give() {
      turns.release();
    }

    int free() {
      return turns.availablePermits();
    }

    int queued() {
      return turns.getQueueLength();
    }
  }
}
