package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.LoginThrottlePolicy;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;

/**
 * Checks an email and password, with throttling per account and per client address, and records
 * every outcome in the audit log. Used by the identity store; never logs the password.
 */
@ApplicationScoped
public class SignIn {

  @Inject PersonRepository people;
  @Inject PasswordHashing hashing;
  @Inject AddressThrottle addresses;
  @Inject AuditLog audit;

  // A real hash of a random password: checking it costs the same time as a real account's, so
  // response times do not reveal which emails have accounts.
  private volatile String decoyHash;

  @Transactional
  public SignInResult attempt(String email, String password, String clientAddress) {
    Instant now = Instant.now();
    if (addresses.isBlocked(clientAddress, now)) {
      audit.record(AuditEventType.LOGIN_THROTTLED, null, about(email), clientAddress, "address");
      return SignInResult.throttled(addresses.blockedUntil(clientAddress));
    }
    Optional<Person> found = EmailAddress.parse(email).flatMap(people::findByEmail);
    if (found.isPresent() && found.get().isLockedAt(now)) {
      Person person = found.get();
      audit.record(AuditEventType.LOGIN_THROTTLED, null, actor(person), clientAddress, "account");
      return SignInResult.throttled(person.getLockedUntil());
    }
    boolean matches =
        found.isPresent()
            ? hashing.matches(password, found.get().getPasswordHash())
            : hashing.matches(password, decoy());
    if (found.isEmpty() || !matches || !found.get().isActive()) {
      return refuse(found, email, clientAddress, now);
    }
    Person person = found.get();
    person.loggedIn(now);
    if (hashing.isOutdated(person.getPasswordHash())) {
      person.changePasswordHash(hashing.hash(password));
    }
    addresses.succeeded(clientAddress);
    audit.record(AuditEventType.LOGIN_SUCCEEDED, actor(person), null, clientAddress, null);
    return SignInResult.signedIn(person);
  }

  private SignInResult refuse(
      Optional<Person> found, String email, String clientAddress, Instant now) {
    addresses.failed(clientAddress, now);
    found.ifPresent(person -> person.failedLogin(now, LoginThrottlePolicy.DEFAULT));
    audit.record(
        AuditEventType.LOGIN_FAILED,
        null,
        found.map(SignIn::actor).orElseGet(() -> about(email)),
        clientAddress,
        found.map(p -> p.isActive() ? "wrong password" : "deactivated").orElse("unknown email"));
    if (found.isPresent() && found.get().isLockedAt(now)) {
      return SignInResult.throttled(found.get().getLockedUntil());
    }
    return SignInResult.refused();
  }

  private String decoy() {
    if (decoyHash == null) {
      decoyHash = hashing.hash(java.util.UUID.randomUUID().toString());
    }
    return decoyHash;
  }

  static Actor actor(Person person) {
    return new Actor(person.getId(), person.getEmail());
  }

  /** An email someone typed, kept short and only when it looks like an address. */
  private static Actor about(String typed) {
    return EmailAddress.parse(typed).map(e -> new Actor(null, e)).orElse(null);
  }
}
