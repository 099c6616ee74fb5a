package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.identity.domain.Role;
import org.pawprints.identity.domain.TokenPurpose;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.refusal.Refusal;

/**
 * An administrator invites a facilitator or another administrator by email (issue 13). The account
 * exists at once, with the staff role and no password, so that it can be added to a cohort before
 * the person answers; the welcome link (valid {@link TokenPurpose#STAFF_WELCOME} days, single use)
 * lets them choose a password. Staff are not cohort members: no participant role is given.
 */
@ApplicationScoped
@Transactional
public class StaffInvitations {

  @Inject PersonRepository people;
  @Inject OneTimeTokens tokens;
  @Inject PasswordHashing hashing;
  @Inject MailOutbox outbox;
  @Inject AuditLog audit;
  @Inject AccessPolicy access;

  /** Creates the staff account and mails its welcome link in the person's language. */
  public Person invite(
      String email, String name, Language language, Role role, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    if (role == null || !role.isStaff()) {
      throw new Refusal("staff.chooseRole");
    }
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    if (people.findByEmail(address).isPresent()) {
      throw new Refusal("staff.emailTaken");
    }
    Language in = language == null ? Language.EN : language;
    Person person = people.add(new Person(address, Accounts.cleanName(name), in, EnumSet.of(role)));
    mailWelcome(person, role);
    audit.record(
        AuditEventType.STAFF_INVITED,
        people.find(admin.personId()).map(Accounts::actor).orElse(null),
        Accounts.actor(person),
        clientAddress,
        role.name());
    return person;
  }

  /**
   * A new welcome link for staff who have not chosen a password yet; the old link stops working.
   */
  public void resend(long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person =
        people
            .find(personId)
            .filter(Person::isActive)
            .filter(StaffInvitations::awaitsWelcome)
            .orElseThrow(() -> new Refusal("staff.alreadyWelcomed"));
    Role role = person.hasRole(Role.ADMIN) ? Role.ADMIN : Role.FACILITATOR;
    mailWelcome(person, role);
    audit.record(
        AuditEventType.STAFF_INVITED,
        people.find(admin.personId()).map(Accounts::actor).orElse(null),
        Accounts.actor(person),
        clientAddress,
        role.name() + ", sent again");
  }

  /** Staff invited by email who have not yet chosen a password. */
  public static boolean awaitsWelcome(Person person) {
    return person.isStaff() && person.getPasswordHash() == null && !person.isErased();
  }

  /** Whether the welcome link can still be used, without using it up. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isUsable(String secret) {
    return tokens.peek(TokenPurpose.STAFF_WELCOME, secret).isPresent();
  }

  /** Sets the first password and uses the link up; returns the email to sign in with. */
  public String complete(String secret, String password, String clientAddress) {
    PasswordRules.problem(password)
        .ifPresent(
            problem -> {
              throw new Refusal(problem);
            });
    Person person =
        tokens
            .redeem(TokenPurpose.STAFF_WELCOME, secret)
            .flatMap(token -> people.find(token.getPersonId()))
            .filter(Person::isActive)
            .orElseThrow(() -> new Refusal("staff.linkInvalid"));
    person.changePasswordHash(hashing.hash(password));
    audit.record(
        AuditEventType.STAFF_WELCOMED,
        Accounts.actor(person),
        Accounts.actor(person),
        clientAddress,
        null);
    return person.getEmail();
  }

  private void mailWelcome(Person person, Role role) {
    tokens.retireAll(TokenPurpose.STAFF_WELCOME, person.getId());
    String secret = tokens.issue(TokenPurpose.STAFF_WELCOME, person.getId());
    String link = PublicAddress.link("/welcome.xhtml?token=" + secret);
    Language language = person.getLanguage();
    String roleName = Messages.get(language, "role." + role.name());
    outbox.queue(
        person.getEmail(),
        Messages.get(language, "mail.staff.subject", roleName),
        Messages.get(
            language,
            "mail.staff.body",
            person.getDisplayName(),
            roleName,
            link,
            TokenPurpose.STAFF_WELCOME.lifetime().toDays()),
        link);
  }
}
