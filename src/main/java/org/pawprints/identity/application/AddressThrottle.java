package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.identity.domain.LoginThrottlePolicy;

/**
 * Counts failed sign-ins per client address, so that one address cannot try password after password
 * across many accounts. Kept in memory: it is a brake, not a record, and it forgets an address an
 * hour after its last failure. (On a cluster each node brakes on its own.)
 */
@ApplicationScoped
public class AddressThrottle {

  /** Generous: a household or office shares one address. */
  static final LoginThrottlePolicy POLICY =
      new LoginThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofHours(1));

  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public Instant blockedUntil(String address) {
    Failures f = failures.get(address);
    return f == null ? null : f.blockedUntil;
  }

  public boolean isBlocked(String address, Instant now) {
    Instant until = blockedUntil(address);
    return until != null && until.isAfter(now);
  }

  public void failed(String address, Instant now) {
    if (failures.size() > MAX_TRACKED) {
      failures.values().removeIf(f -> f.last.plus(FORGET_AFTER).isBefore(now));
    }
    failures.compute(
        address,
        (key, previous) -> {
          int count = previous == null ? 1 : previous.count + 1;
          Duration wait = POLICY.waitAfter(count);
          return new Failures(count, now, wait.isZero() ? null : now.plus(wait));
        });
  }

  public void succeeded(String address) {
    failures.remove(address);
  }

  private record Failures(int count, Instant last, Instant blockedUntil) {}
}
