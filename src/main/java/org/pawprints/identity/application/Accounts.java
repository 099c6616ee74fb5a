package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/** Creating people and managing their accounts: roles, activity, profile and password. */
@ApplicationScoped
@Transactional
public class Accounts {

  public static final int MAX_NAME_LENGTH = 100;

  @Inject PersonRepository people;
  @Inject PasswordHashing hashing;
  @Inject AccessPolicy access;
  @Inject AuditLog audit;
  @Inject RequestAccount requestAccount;

  /** A new person with a password. Callers check who may create whom. */
  public Person create(
      String email, String displayName, Language language, String password, Set<Role> roles) {
    PasswordRules.problem(password)
        .ifPresent(
            problem -> {
              throw new Refusal(problem);
            });
    return createWithPasswordHash(email, displayName, language, hashing.hash(password), roles);
  }

  /**
   * A new person whose password was checked and hashed earlier, such as a join-code sign-up that
   * waited for its address to be confirmed. Callers check who may create whom.
   */
  public Person createWithPasswordHash(
      String email, String displayName, Language language, String passwordHash, Set<Role> roles) {
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    if (people.findByEmail(address).isPresent()) {
      throw new Refusal("email.taken");
    }
    Person person = new Person(address, cleanName(displayName), language, roles);
    person.changePasswordHash(passwordHash);
    return people.add(person);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Person> find(long id) {
    return people.find(id);
  }

  /**
   * The name a person shows to others, read alone: for a page that names someone else, such as the
   * dashboard's partner card (nothing else of theirs is read, so nothing else can be shown).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> displayNameOf(long id) {
    return people.displayNameOf(id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Person> findByEmail(String email) {
    return people.findByEmail(email);
  }

  /** The signed-in person's own account. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Person me() {
    long me = access.requireSignedIn();
    return people.find(me).orElseThrow(() -> new AccessDeniedException("no such person"));
  }

  public void updateProfile(String displayName, Language language, String clientAddress) {
    Person me = me();
    me.rename(cleanName(displayName));
    me.speak(language);
    audit.record(AuditEventType.PROFILE_UPDATED, actor(me), actor(me), clientAddress, null);
  }

  public void chooseLanguage(Language language) {
    me().speak(language);
  }

  /** Changes the signed-in person's password; returns the new credentials version. */
  public int changePassword(String current, String replacement, String clientAddress) {
    Person me = me();
    if (!hashing.matches(current, me.getPasswordHash())) {
      throw new Refusal("password.currentWrong");
    }
    PasswordRules.problem(replacement)
        .ifPresent(
            problem -> {
              throw new Refusal(problem);
            });
    me.changePasswordHash(hashing.hash(replacement));
    audit.record(AuditEventType.PASSWORD_CHANGED, actor(me), actor(me), clientAddress, null);
    return me.getCredentialsVersion();
  }

  /** Whether a session opened with this credentials version may go on. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean sessionStillValid(long personId, int credentialsVersion) {
    return requestAccount
        .fresh(personId)
        .filter(Person::isActive)
        .filter(p -> p.getCredentialsVersion() == credentialsVersion)
        .isPresent();
  }

  public void grant(long personId, Role role, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person = existing(personId);
    if (!person.hasRole(role)) {
      person.grant(role);
      // Sessions opened without the role end, so that no page runs on the roles of before.
      person.endSessions();
      audit.record(
          AuditEventType.ROLE_GRANTED, by(admin), actor(person), clientAddress, role.name());
    }
  }

  public void revoke(long personId, Role role, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person = existing(personId);
    if (role == Role.ADMIN && person.getId().equals(admin.personId())) {
      throw new Refusal("role.cannotRevokeOwnAdmin");
    }
    if (person.hasRole(role)) {
      person.revoke(role);
      // Sessions opened with the role end at once: an open page cannot use it any more.
      person.endSessions();
      audit.record(
          AuditEventType.ROLE_REVOKED, by(admin), actor(person), clientAddress, role.name());
    }
  }

  public void deactivate(long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person = existing(personId);
    if (person.getId().equals(admin.personId())) {
      throw new Refusal("account.cannotDeactivateSelf");
    }
    person.deactivate();
    audit.record(AuditEventType.ACCOUNT_DEACTIVATED, by(admin), actor(person), clientAddress, null);
  }

  public void reactivate(long personId, String clientAddress) {
    Viewer admin = access.requireRole(Role.ADMIN);
    Person person = existing(personId);
    person.reactivate();
    audit.record(AuditEventType.ACCOUNT_REACTIVATED, by(admin), actor(person), clientAddress, null);
  }

  private Person existing(long personId) {
    return people.find(personId).orElseThrow(() -> new Refusal("person.unknown"));
  }

  private Actor by(Viewer viewer) {
    return people.find(viewer.personId()).map(Accounts::actor).orElse(null);
  }

  /** A person as the audit log names them. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Actor actorOf(long personId) {
    return people.find(personId).map(Accounts::actor).orElse(new Actor(personId, null));
  }

  static Actor actor(Person person) {
    return new Actor(person.getId(), person.getEmail());
  }

  static String cleanName(String name) {
    if (name == null || name.isBlank()) {
      throw new Refusal("name.required");
    }
    String clean = name.strip().replaceAll("\\p{Cntrl}", "");
    if (clean.length() > MAX_NAME_LENGTH) {
      throw new Refusal("name.tooLong");
    }
    return clean;
  }
}
