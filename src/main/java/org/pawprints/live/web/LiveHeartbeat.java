package org.pawprints.live.web;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.pawprints.live.application.LiveAudience;

/**
 * Every 25 seconds, each open session's audience gets its current version again: proxies keep the
 * idle socket open (nginx closes one after 60 s), and a phone that missed a push sees the gap and
 * fetches the state.
 */
@Singleton
public class LiveHeartbeat {

  @Inject LiveAudience audience;
  @Inject LivePush push;

  @Schedule(second = "*/25", minute = "*", hour = "*", persistent = false)
  void beat() {
    audience
        .openSessions()
        .forEach(
            (session, people) -> push.send(session.getId(), session.getVersion(), false, people));
  }
}
