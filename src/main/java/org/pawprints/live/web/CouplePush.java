package org.pawprints.live.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.pawprints.live.application.CoupleChanged;
import org.pawprints.live.application.LiveAudience;
import org.pawprints.live.application.LiveAudience.Audience;

/**
 * Tells one couple's phones, and the facilitators' screens (for their counts), that something of
 * that couple changed: {@code {"s":12,"v":34,"c":1}}, on the same user-targeted channel as {@link
 * LivePush}; never a word or a name. Only people who joined the session or facilitate it receive
 * it.
 */
@ApplicationScoped
public class CouplePush {

  @Inject
  @Push(channel = "live")
  PushContext live;

  @Inject LiveAudience audience;

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CoupleChanged change) {
    Audience present = audience.of(change.sessionId());
    Set<Long> people = new HashSet<>(present.staff());
    change.people().stream().filter(present.participants()::contains).forEach(people::add);
    if (!people.isEmpty()) {
      String message = "{\"s\":" + change.sessionId() + ",\"v\":" + change.version() + ",\"c\":1}";
      SocketSends.run(() -> live.send(message, people));
    }
  }
}
