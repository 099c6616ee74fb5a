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
 */
@WebFilter(urlPatterns = "/my/live.xhtml")
public class PhoneTurns extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Two per processor: one computing while another waits on the database or the network. */
  static final int AT_ONCE = 2 * Runtime.getRuntime().availableProcessors();

  static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

  private static final Turns TURNS = new Turns(AT_ONCE);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      chain.doFilter(request, response);
      return;
    }
    boolean mine = TURNS.take(LONGEST_WAIT);
    try {
      chain.doFilter(request, response);
    } finally {
      if (mine) {
        TURNS.give();
      }
    }
  }

  /** Turns taken in the order asked (a fair semaphore), each given back once. */
  static final class Turns {

    private final Semaphore turns;

    Turns(int atOnce) {
      this.turns = new Semaphore(atOnce, true);
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
