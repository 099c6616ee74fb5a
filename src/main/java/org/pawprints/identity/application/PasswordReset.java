package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.identity.domain.Role;
import org.pawprints.identity.domain.TokenPurpose;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.refusal.Refusal;

/**
 * "Forgot password": a single-use link, valid one hour, mailed in the person's language. The answer
 * to the request is the same whether or not the email has an account, and whether or not the person
 * was already sent {@link #RESETS_PER_WINDOW} links within the hour (then nothing is sent).
 */
@ApplicationScoped
@Transactional
public class PasswordReset {

  /** Reset mail a person can be sent by anyone asking, per hour. */
  static final int RESETS_PER_WINDOW = 3;

  static final Duration RESET_WINDOW = Duration.ofHours(1);

  @Inject PersonRepository people;
  @Inject OneTimeTokens tokens;
  @Inject PasswordHashing hashing;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject AccessPolicy access;
  @Inject SignInThrottle throttle;

  public void request(String email, String clientAddress) {
    Optional<Person> found =
        EmailAddress.parse(email).flatMap(people::findByEmail).filter(Person::isActive);
    if (found.isEmpty()) {
      return;
    }
    Person person = found.get();
    if (audit.countAbout(
            AuditEventType.PASSWORD_RESET_REQUESTED,
            person.getId(),
            Instant.now().minus(RESET_WINDOW))
        >= RESETS_PER_WINDOW) {
      // Enough links are on their way: a stranger cannot fill the person's mailbox. The answer
      // stays the same as for any other request, so it tells nothing.
      return;
    }
    mailLink(person);
    audit.record(
        AuditEventType.PASSWORD_RESET_REQUESTED, null, Accounts.actor(person), clientAddress, null);
  }

  /** An administrator sends a person a reset link; the audit log names the administrator. */
  public void sendFor(long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person =
        people
            .find(personId)
            .filter(Person::isActive)
            .orElseThrow(() -> new Refusal("person.unknown"));
    mailLink(person);
    audit.record(
        AuditEventType.PASSWORD_RESET_REQUESTED,
        people.find(admin.personId()).map(Accounts::actor).orElse(null),
        Accounts.actor(person),
        clientAddress,
        "sent by an administrator");
  }

  private void mailLink(Person person) {
    tokens.retireAll(TokenPurpose.PASSWORD_RESET, person.getId());
    String secret = tokens.issue(TokenPurpose.PASSWORD_RESET, person.getId());
    String link = PublicAddress.link("/reset-password.xhtml?token=" + secret);
    outbox.queue(
        person.getEmail(),
        Messages.get(person.getLanguage(), "mail.reset.subject"),
        Messages.get(person.getLanguage(), "mail.reset.body", person.getDisplayName(), link),
        link);
  }

  /** Whether the link can still be used, without using it up. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isUsable(String secret) {
    return tokens.peek(TokenPurpose.PASSWORD_RESET, secret).isPresent();
  }

  /**
   * Sets the new password and uses the link up; other sessions of the person end, and every sign-in
   * pause of the account ends too.
   */
  public void complete(String secret, String password, String clientAddress) {
    PasswordRules.problem(password)
        .ifPresent(
            problem -> {
              throw new Refusal(problem);
            });
    Person person =
        tokens
            .redeem(TokenPurpose.PASSWORD_RESET, secret)
            .flatMap(token -> people.find(token.getPersonId()))
            .filter(Person::isActive)
            .orElseThrow(() -> new Refusal("reset.linkInvalid"));
    person.changePasswordHash(hashing.hash(password));
    // The owner proved they read their mail: whatever a stranger typed, they can sign in now.
    throttle.unlock(SignIn.countedEmail(person.getEmail()));
    audit.record(
        AuditEventType.PASSWORD_RESET_COMPLETED,
        Accounts.actor(person),
        Accounts.actor(person),
        clientAddress,
        null);
  }
}
