package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;

/**
 * Checks an email and password, throttled per email and client address together ({@link
 * SignInThrottle}), and records every outcome in the audit log. Never logs the password.
 *
 * <p>Sign-in tells nothing about who has an account: every attempt, whatever the email and whether
 * or not it is paused, checks exactly one password hash (a decoy's when there is no account to
 * check), counts the same failures and gets the same words.
 */
@ApplicationScoped
public class SignIn {

  /** Longer typed emails are cut before they are counted: they cannot be addresses anyway. */
  private static final int MAX_COUNTED_EMAIL = EmailAddress.MAX_LENGTH;

  @Inject PersonRepository people;
  @Inject PasswordHashing hashing;
  @Inject SignInThrottle throttle;
  @Inject AuditLog audit;

  // A real hash of a random password: checking it costs the same time as a real account's, so
  // response times do not reveal which emails have accounts.
  private volatile String decoyHash;

  @Transactional
  public SignInResult attempt(String email, String password, String clientAddress) {
    Instant now = Instant.now();
    String counted = countedEmail(email);
    Optional<Person> found = EmailAddress.parse(email).flatMap(people::findByEmail);
    Optional<Instant> paused = throttle.pausedUntil(counted, clientAddress, now);
    // One hash per attempt, paused or not, known email or not: the same work, the same time.
    boolean matches =
        hashing.matches(
            password,
            found.map(Person::getPasswordHash).filter(h -> h != null).orElseGet(this::decoy));
    if (paused.isPresent()) {
      audit.record(AuditEventType.LOGIN_THROTTLED, null, target(found, email), clientAddress, null);
      return SignInResult.throttled(paused.get());
    }
    if (found.isEmpty() || !matches || !found.get().isActive()) {
      return refuse(found, email, counted, clientAddress, now);
    }
    Person person = found.get();
    person.loggedIn(now);
    if (hashing.isOutdated(person.getPasswordHash())) {
      person.changePasswordHash(hashing.hash(password));
    }
    throttle.succeeded(counted, clientAddress);
    audit.record(AuditEventType.LOGIN_SUCCEEDED, actor(person), null, clientAddress, null);
    return SignInResult.signedIn(person);
  }

  private SignInResult refuse(
      Optional<Person> found, String email, String counted, String clientAddress, Instant now) {
    Optional<Instant> pause = throttle.failed(counted, clientAddress, now);
    audit.record(
        AuditEventType.LOGIN_FAILED,
        null,
        target(found, email),
        clientAddress,
        found.map(p -> p.isActive() ? "wrong password" : "deactivated").orElse("unknown email"));
    return pause.map(SignInResult::throttled).orElseGet(SignInResult::refused);
  }

  /** The typed email as the throttle counts it: the same for every spelling of one address. */
  public static String countedEmail(String typed) {
    if (typed == null) {
      return "";
    }
    String key = typed.strip().toLowerCase(Locale.ROOT);
    return key.length() > MAX_COUNTED_EMAIL ? key.substring(0, MAX_COUNTED_EMAIL) : key;
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hashing.hash(UUID.randomUUID().toString());
    }
    return decoyHash;
  }

  static Actor actor(Person person) {
    return new Actor(person.getId(), person.getEmail());
  }

  private static Actor target(Optional<Person> found, String typed) {
    return found.map(SignIn::actor).orElseGet(() -> about(typed));
  }

  /** An email someone typed, kept short and only when it looks like an address. */
  private static Actor about(String typed) {
    return EmailAddress.parse(typed).map(e -> new Actor(null, e)).orElse(null);
  }
}
