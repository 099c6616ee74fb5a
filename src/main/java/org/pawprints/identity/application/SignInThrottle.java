package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.identity.domain.LoginThrottlePolicy;

/**
 * Slows down password guessing without letting anyone keep an owner out (issue 10, rule 5).
 *
 * <ul>
 *   <li>Failures count per typed email <em>and</em> client address together: a stranger's wrong
 *       passwords pause the stranger, never the owner signing in from elsewhere.
 *   <li>An address with many recent failures (a guesser trying account after account) is "busy":
 *       there, each email gets fewer free tries. Nobody behind the address is refused a correct
 *       password they type first, so a household or a workshop room's Wi-Fi is never locked out.
 *   <li>Unknown emails are counted exactly like known ones, so the answers (and when they change)
 *       tell nobody which emails have accounts.
 *   <li>A completed password reset clears every pause of the account.
 * </ul>
 *
 * Kept in memory: it is a brake, not a record (the audit log is the record), and it forgets an
 * email or address an hour after its last failure. On a cluster each node brakes on its own.
 */
@ApplicationScoped
public class SignInThrottle {

  /** Per email and address: five free tries, then a wait from one minute, doubling, to an hour. */
  static final LoginThrottlePolicy PER_ACCOUNT_AND_ADDRESS = LoginThrottlePolicy.DEFAULT;

  /** From a busy address: a mistype gets a second chance, then the same waits. */
  static final LoginThrottlePolicy FROM_A_BUSY_ADDRESS =
      new LoginThrottlePolicy(2, Duration.ofMinutes(1), Duration.ofHours(1));

  /** Failures from one address, across every email, that make it busy. */
  static final int BUSY_ADDRESS_FAILURES = 20;

  private static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int MAX_TRACKED = 100_000;

  /** Failures by typed email, then by client address. */
  private final Map<String, Map<String, Failures>> byEmail = new ConcurrentHashMap<>();

  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  /** Until when this email may not be tried from this address, if it is paused. */
  public Optional<Instant> pausedUntil(String email, String address, Instant now) {
    Map<String, Failures> addresses = byEmail.get(email);
    Failures failures = addresses == null ? null : addresses.get(address);
    return Optional.ofNullable(failures)
        .map(Failures::pausedUntil)
        .filter(until -> until.isAfter(now));
  }

  /** Counts a failure; returns the pause it starts, if any. */
  public Optional<Instant> failed(String email, String address, Instant now) {
    forgetOld(now);
    Failures fromAddress =
        byAddress.compute(
            address, (key, previous) -> Failures.after(previous, now, LoginThrottlePolicy.NONE));
    // Decided at an email's first failure and kept: its waits never jump when the address turns
    // busy.
    LoginThrottlePolicy policy =
        fromAddress.count() > BUSY_ADDRESS_FAILURES ? FROM_A_BUSY_ADDRESS : PER_ACCOUNT_AND_ADDRESS;
    Failures pair =
        byEmail
            .computeIfAbsent(email, key -> new ConcurrentHashMap<>())
            .compute(address, (key, previous) -> Failures.after(previous, now, policy));
    return Optional.ofNullable(pair.pausedUntil());
  }

  /** A correct password from this address: its own count for this email starts again. */
  public void succeeded(String email, String address) {
    Map<String, Failures> addresses = byEmail.get(email);
    if (addresses != null) {
      addresses.remove(address);
    }
  }

  /** A password reset: the owner proved they read their mail, so every pause of theirs ends. */
  public void unlock(String email) {
    byEmail.remove(email);
  }

  /** Whole minutes until {@code until}, rounded up, at least one: how a wait is told. */
  public static long minutesLeft(Instant until, Instant now) {
    long seconds = Math.max(0, Duration.between(now, until).getSeconds());
    return Math.max(1, (seconds + 59) / 60);
  }

  private void forgetOld(Instant now) {
    if (byEmail.size() + byAddress.size() <= MAX_TRACKED) {
      return;
    }
    Instant before = now.minus(FORGET_AFTER);
    byAddress.values().removeIf(f -> f.last().isBefore(before));
    byEmail.values().forEach(m -> m.values().removeIf(f -> f.last().isBefore(before)));
    byEmail.values().removeIf(Map::isEmpty);
  }

  private record Failures(
      int count, Instant last, Instant pausedUntil, LoginThrottlePolicy policy) {

    static Failures after(Failures previous, Instant now, LoginThrottlePolicy policy) {
      // Failures older than an hour are forgotten, as if the map had dropped them.
      boolean fresh = previous == null || previous.last.plus(FORGET_AFTER).isBefore(now);
      int count = fresh ? 1 : previous.count + 1;
      LoginThrottlePolicy kept = fresh ? policy : previous.policy;
      Duration wait = kept.waitAfter(count);
      return new Failures(count, now, wait.isZero() ? null : now.plus(wait), kept);
    }
  }
}
