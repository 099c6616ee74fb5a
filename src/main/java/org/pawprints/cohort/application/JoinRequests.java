package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.JoinRequest;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.application.PasswordHashing;
import org.pawprints.identity.application.PasswordRules;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.refusal.Refusal;

/**
 * Signing up with a cohort's join code proves the address first (issue #10, rule 2): the request is
 * kept and a link mailed to the typed address; the account and the membership are created only when
 * that link is confirmed. Until then nothing exists under the address, and the page answers "check
 * your mail" whether or not the address has an account (that person gets a mail saying to sign in
 * instead), so the page tells nobody who has an account.
 */
@ApplicationScoped
@Transactional
public class JoinRequests {

  private static final int MAX_SECRET_LENGTH = 100;

  @Inject JoinCodes codes;
  @Inject CohortRepository cohorts;
  @Inject Accounts accounts;
  @Inject PasswordHashing hashing;
  @Inject MailOutbox outbox;

  @PersistenceContext EntityManager em;

  /**
   * A new person asks to join with the code; a link to confirm goes to {@code email}. Throttled per
   * email and client address like every join ({@link JoinCodes#throttled}).
   */
  public void request(
      String code,
      String email,
      String displayName,
      Language language,
      String password,
      String clientAddress) {
    codes.throttled(
        email,
        clientAddress,
        () -> {
          requestChecked(code, email, displayName, language, password);
          return null;
        });
  }

  private void requestChecked(
      String code, String email, String displayName, Language language, String password) {
    Cohort cohort = codes.openCohort(code);
    codes.requireSeat(cohort);
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    String name = Invitations.cleanName(displayName);
    if (name == null) {
      throw new Refusal("joinRequest.nameMissing");
    }
    PasswordRules.problem(password)
        .ifPresent(
            problem -> {
              throw new Refusal(problem);
            });
    Language in = language == null ? cohort.getLanguage() : language;
    // Hashed either way, so that the answer takes as long whether or not the address has an
    // account.
    String passwordHash = hashing.hash(password);
    if (accounts.findByEmail(address).isPresent()) {
      outbox.queue(
          address,
          Messages.get(in, "mail.joinHasAccount.subject", cohort.getName()),
          Messages.get(
              in,
              "mail.joinHasAccount.body",
              cohort.getName(),
              PublicAddress.link("/login.xhtml?return=%2Fjoin.xhtml")));
      return;
    }
    String secret = OneTimeTokens.newSecret();
    em.persist(
        new JoinRequest(
            cohort.getId(),
            address,
            name,
            in,
            passwordHash,
            OneTimeTokens.hash(secret),
            Instant.now()));
    outbox.queue(
        address,
        Messages.get(in, "mail.joinConfirm.subject", cohort.getName()),
        Messages.get(
            in,
            "mail.joinConfirm.body",
            name,
            cohort.getName(),
            PublicAddress.link("/join-confirm.xhtml?token=" + secret),
            JoinRequest.LIFETIME.toHours()));
  }

  /** The cohort a usable link would join; looking changes nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> look(String secret) {
    return byLink(secret, false)
        .filter(r -> r.isUsableAt(Instant.now()))
        .flatMap(r -> cohorts.find(r.getCohortId()))
        .filter(c -> !c.isArchived())
        .map(Cohort::getName);
  }

  /** What a confirmed sign-up created: the cohort joined, in the language the person chose. */
  public record Confirmed(String cohortName, Language language, String email) {}

  /**
   * The link's holder confirms: the account is created with the address the link was mailed to and
   * joins the cohort. The link works once.
   */
  public Confirmed confirm(String secret, String clientAddress) {
    JoinRequest request =
        byLink(secret, true)
            .filter(r -> r.isUsableAt(Instant.now()))
            .orElseThrow(() -> new Refusal("joinRequest.notUsable"));
    Cohort cohort = codes.locked(request.getCohortId());
    request.confirm(Instant.now());
    if (accounts.findByEmail(request.getEmail()).isPresent()) {
      throw new Refusal("joinRequest.signInInstead");
    }
    codes.requireSeat(cohort);
    Person person =
        accounts.createWithPasswordHash(
            request.getEmail(),
            request.getDisplayName(),
            request.getLanguage(),
            request.getPasswordHash(),
            Set.of(Role.PARTICIPANT));
    String joined = codes.join(cohort, person, clientAddress);
    return new Confirmed(joined, request.getLanguage(), person.getEmail());
  }

  private Optional<JoinRequest> byLink(String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    return em.createNamedQuery("JoinRequest.byTokenHash", JoinRequest.class)
        .setParameter("hash", OneTimeTokens.hash(secret.strip()))
        .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
        .getResultStream()
        .findFirst();
  }
}
