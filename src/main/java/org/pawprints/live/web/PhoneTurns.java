package org.pawprints.live.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * The phones' requests on a live screen (refreshes and answers, PrimeFaces ajax on /my/live.xhtml)
 * take turns: a few at a time, first come first served.
 *
 * <p>A push makes every phone of a room ask for its state at once. Let in together, a hundred
 * requests share the processors: each takes a hundred times longer, all finish late, and everything
 * else waits behind them: the pushes still being sent, the presenter on the projector, the
 * facilitator's next tap. In turns, half the phones get the new state in half the time, the last
 * one no later, and the staff screens (never queued here) go through between them.
 *
 * <p>A request waiting for its turn still holds one of the server's request threads, and with too
 * many of them waiting, a facilitator's tap would find none free (twenty rooms of fifty phones). So
 * when the line is long, a refresh (live.js marks it: nothing typed travels with it) is not let in
 * line but given a time to come back ({@link TurnBook#appointment}), and the phone asks again then;
 * an answer is never turned away. A turn is waited for at most {@link #LONGEST_WAIT}; then the
 * request goes ahead anyway, because a phone answered late is better than one not answered.
 */
@WebFilter(urlPatterns = "/my/live.xhtml")
public class PhoneTurns extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Two per processor: one computing while another waits on the database or the network. */
  static final int AT_ONCE = 2 * Runtime.getRuntime().availableProcessors();

  /** How many may wait in line; a refresh coming after them gets an appointment instead. */
  static final int IN_LINE = 2 * AT_ONCE;

  static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

  /** Set by live.js on its refreshes: nothing the person typed is in them. */
  static final String REFRESH = "X-Pawprints-Refresh";

  /** In milliseconds, on a 503 answer to a refresh: when to ask again. */
  static final String COME_BACK = "X-Pawprints-Come-Back-Ms";

  private static final TurnBook TURNS = new TurnBook(AT_ONCE, IN_LINE);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      chain.doFilter(request, response);
      return;
    }
    if ("1".equals(request.getHeader(REFRESH))) {
      long later = TURNS.appointment(System.nanoTime());
      if (later > 0) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader(COME_BACK, String.valueOf(later));
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return;
      }
    }
    boolean mine = TURNS.take(LONGEST_WAIT);
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      if (mine) {
        TURNS.give(System.nanoTime() - start);
      }
    }
  }
}
