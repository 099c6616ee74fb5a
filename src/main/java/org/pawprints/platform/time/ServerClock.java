package org.pawprints.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The server's clock, for work that reasons in days (nudges after N days without activity). It is
 * the system clock in production; in-container tests replace it with one they move forward, so a
 * week of silence takes no week. Code that only stamps records may keep {@code Instant.now()}.
 */
@ApplicationScoped
public class ServerClock {

  public Clock clock() {
    return Clock.systemUTC();
  }

  public Instant now() {
    return clock().instant();
  }
}
