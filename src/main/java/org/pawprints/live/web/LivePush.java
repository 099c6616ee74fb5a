package org.pawprints.live.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import org.pawprints.live.application.LiveAudience;
import org.pawprints.live.application.LiveChanged;

/**
 * Tells screens that a session changed, once the change is committed: {@code {"s":12,"v":34}} to
 * each person of its audience (with {@code "a":1} when only the answers moved, for the
 * facilitators' counts), never anything a participant wrote or chose. The page then fetches its
 * state by ajax.
 */
@ApplicationScoped
public class LivePush {

  @Inject
  @Push(channel = "live")
  PushContext live;

  @Inject LiveAudience audience;

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
    send(
        change.sessionId(),
        change.version(),
        change.staffOnly(),
        audience.of(change.sessionId(), change.staffOnly()));
  }

  void send(long sessionId, long version, boolean answersOnly, Set<Long> people) {
    if (!people.isEmpty()) {
      String message =
          "{\"s\":" + sessionId + ",\"v\":" + version + (answersOnly ? ",\"a\":1}" : "}");
      live.send(message, people);
    }
  }
}
