package org.pawprints.couple.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.cohort.application.MemberCohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.couple.domain.Couple;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.couple.domain.PairingCode;
import org.pawprints.couple.domain.PartnerInvitation;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.refusal.Refusal;

/**
 * Pairing two participants of a cohort into a couple by partner code or invitation (ending a
 * couple, and pairing by staff, are {@link Couples}).
 *
 * <p>A participant invites their partner with a code (and its personal link) when the partner is
 * already in the cohort, or by mail: a partner in the cohort gets the code by mail, anyone else
 * gets a cohort invitation that pairs the two the moment it is accepted (so a new person signs up,
 * joins and is paired in one step). Facilitators of the cohort and administrators pair and unpair
 * on the roster.
 *
 * <p>Every change locks the cohort row first, so two people accepting one code, or a person
 * accepting two codes at once, end with exactly one couple. Participant methods are caller-scoped:
 * they take a cohort id but act for the signed-in person only, and refuse a cohort they are not in.
 */
@ApplicationScoped
@Transactional
public class Pairing {

  /** Partner invitations by mail one person can send per hour. */
  static final int INVITES_PER_WINDOW = 5;

  static final Duration INVITE_WINDOW = Duration.ofHours(1);

  @Inject CohortRepository cohorts;
  @Inject MemberCohorts memberCohorts;
  @Inject CoupleRepository coupleRows;
  @Inject Invitations invitations;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject MailOutbox outbox;
  @Inject Notifications notifications;
  @Inject CodeAttempts attempts;
  @Inject PairingRules rules;

  @PersistenceContext EntityManager em;

  /** Where I stand in each of my cohorts, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MyPairing> mine() {
    long me = access.requireSignedIn();
    Instant now = Instant.now();
    return memberCohorts.of(me).stream()
        .sorted(Comparator.comparing(Cohort::getCreatedAt).reversed())
        .map(cohort -> pairingIn(cohort, me, now))
        .toList();
  }

  private MyPairing pairingIn(Cohort cohort, long me, Instant now) {
    Optional<Partner> partner =
        coupleRows
            .ofPersonIn(cohort.getId(), me)
            .map(c -> c.partnerOf(me))
            .flatMap(id -> accounts.displayNameOf(id).map(name -> new Partner(id, name)));
    MyPairing.OpenInvitation open =
        partner.isPresent()
            ? null
            : rules.openOf(cohort.getId(), me).stream()
                .filter(i -> i.isOpenAt(now))
                .findFirst()
                .map(Pairing::view)
                .orElse(null);
    String invitedEmail =
        partner.isPresent() ? null : open != null ? open.email() : prePairedEmail(cohort, me, now);
    return new MyPairing(
        cohort.getId(),
        cohort.getName(),
        cohort.isArchived(),
        cohort.getTimeZone(),
        partner.map(Partner::id).orElse(null),
        partner.map(Partner::displayName).orElse(null),
        open,
        stateOf(cohort, partner.isPresent(), open, invitedEmail),
        invitedEmail);
  }

  /** My partner as a pairing shows them: who, and by which name. */
  private record Partner(long id, String displayName) {}

  private PartnerState stateOf(
      Cohort cohort, boolean paired, MyPairing.OpenInvitation open, String invitedEmail) {
    if (paired) {
      return PartnerState.PAIRED;
    }
    if (invitedEmail != null) {
      boolean joined =
          accounts.findByEmail(invitedEmail).map(p -> cohort.isMember(p.getId())).orElse(false);
      return joined ? PartnerState.JOINED_NOT_ACCEPTED : PartnerState.INVITED_NOT_JOINED;
    }
    return open != null ? PartnerState.CODE_NOT_USED : PartnerState.NO_PARTNER;
  }

  /**
   * The address of the partner an administrator invited together with me (issue 13), while that
   * invitation is still pending: we become a couple as soon as they accept.
   */
  private String prePairedEmail(Cohort cohort, long me, Instant now) {
    List<Invitation> all = cohorts.invitations(cohort.getId());
    return all.stream()
        .filter(i -> Long.valueOf(me).equals(i.getPersonId()) && i.getPairedInvitationId() != null)
        .flatMap(mine -> all.stream().filter(i -> i.getId().equals(mine.getPairedInvitationId())))
        .filter(i -> i.isPendingAt(now))
        .map(Invitation::getEmail)
        .findFirst()
        .orElse(null);
  }

  private static MyPairing.OpenInvitation view(PartnerInvitation invitation) {
    String code = invitation.getCode();
    return new MyPairing.OpenInvitation(
        code == null ? null : PairingCode.display(code),
        code == null ? null : link(code),
        invitation.getEmail(),
        invitation.getExpiresAt());
  }

  static String link(String code) {
    return PublicAddress.link("/pair.xhtml?code=" + code);
  }

  /** A fresh code for my partner; any earlier invitation of mine in this cohort stops working. */
  public MyPairing newCode(long cohortId, String clientAddress) {
    long me = access.requireSignedIn();
    rules.requireParticipantAccount(me);
    Cohort cohort = rules.myCohortLocked(cohortId, me);
    rules.requireSolo(cohort, me);
    Instant now = Instant.now();
    rules.withdrawOpen(cohort, me, now);
    PartnerInvitation invitation =
        PartnerInvitation.byCode(cohort.getId(), me, unusedCode(), null, now);
    em.persist(invitation);
    audit.record(
        AuditEventType.PARTNER_CODE_CREATED,
        accounts.actorOf(me),
        null,
        clientAddress,
        PairingRules.describe(cohort));
    return pairingIn(cohort, me, now);
  }

  /** Cancels my open invitation in this cohort (its code, link or mailed invitation). */
  public void cancelInvitation(long cohortId, String clientAddress) {
    long me = access.requireSignedIn();
    Cohort cohort = rules.myCohortLocked(cohortId, me);
    if (rules.withdrawOpen(cohort, me, Instant.now()) > 0) {
      audit.record(
          AuditEventType.PARTNER_INVITATION_REVOKED,
          accounts.actorOf(me),
          null,
          clientAddress,
          PairingRules.describe(cohort));
    }
  }

  /** How an invitation by mail went out. */
  public enum MailedAs {
    /** The partner is in the cohort: they got the code and its link. */
    CODE,
    /** The partner is not in the cohort yet: they got a cohort invitation that pairs us. */
    COHORT_INVITATION
  }

  /**
   * Invites my partner by mail. A partner already in the cohort gets a code in their own language;
   * anyone else a cohort invitation in {@code language}, with the cohort's seat and duplicate
   * checks, which pairs us as soon as they accept it.
   */
  public MailedAs inviteByEmail(
      long cohortId, String email, Language language, String clientAddress) {
    long me = access.requireSignedIn();
    rules.requireParticipantAccount(me);
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    Person inviter = accounts.find(me).orElseThrow(() -> new AccessDeniedException("no person"));
    if (EmailAddress.key(address).equals(EmailAddress.key(inviter.getEmail()))) {
      throw new Refusal("pairing.ownEmail");
    }
    if (audit.countBy(AuditEventType.PARTNER_INVITED, me, Instant.now().minus(INVITE_WINDOW))
        >= INVITES_PER_WINDOW) {
      // Nobody uses Pawprints to send a stream of mail to strangers.
      throw new Refusal("pairing.tooManyInvitations");
    }
    Cohort cohort = rules.myCohortLocked(cohortId, me);
    rules.requireSolo(cohort, me);
    Instant now = Instant.now();
    Optional<Person> invitee =
        accounts.findByEmail(address).filter(p -> cohort.isMember(p.getId()));
    rules.withdrawOpen(cohort, me, now);
    if (invitee.isPresent()) {
      Person partner = invitee.get();
      if (coupleRows.ofPersonIn(cohort.getId(), partner.getId()).isPresent()) {
        throw new Refusal("pairing.partnerAlreadyPaired");
      }
      String code = unusedCode();
      em.persist(PartnerInvitation.byCode(cohort.getId(), me, code, address, now));
      mailCode(partner, inviter, cohort, code);
      audit.record(
          AuditEventType.PARTNER_INVITED,
          accounts.actorOf(me),
          new Actor(partner.getId(), partner.getEmail()),
          clientAddress,
          PairingRules.describe(cohort) + ", code by mail");
      return MailedAs.CODE;
    }
    Invitation invitation =
        invitations.inviteForPartner(
            cohort.getId(),
            address,
            language == null ? inviter.getLanguage() : language,
            clientAddress);
    em.persist(
        PartnerInvitation.intoCohort(
            cohort.getId(), me, address, invitation.getId(), now, invitation.getExpiresAt()));
    audit.record(
        AuditEventType.PARTNER_INVITED,
        accounts.actorOf(me),
        new Actor(null, address),
        clientAddress,
        PairingRules.describe(cohort) + ", into the cohort");
    return MailedAs.COHORT_INVITATION;
  }

  private void mailCode(Person partner, Person inviter, Cohort cohort, String code) {
    Language in = partner.getLanguage();
    outbox.queue(
        partner.getEmail(),
        Messages.get(in, "mail.partnerCode.subject", inviter.getDisplayName()),
        Messages.get(
            in,
            "mail.partnerCode.body",
            partner.getDisplayName(),
            inviter.getDisplayName(),
            cohort.getName(),
            link(code),
            PairingCode.display(code),
            PartnerInvitation.CODE_LIFETIME.toDays()),
        link(code),
        PairingCode.display(code),
        code);
  }

  /**
   * What the code's holder may know before accepting. Who invites, and in which cohort, only when
   * the code is open and the holder is in that cohort: a stranger learns nothing from a code.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public PairLook look(String typed) {
    long me = access.requireSignedIn();
    Instant now = Instant.now();
    return PairingCode.parse(typed)
        .flatMap(this::byCode)
        .filter(i -> i.isOpenAt(now) && i.getInviterId() != me)
        .flatMap(
            i ->
                cohorts
                    .find(i.getCohortId())
                    .filter(c -> c.isMember(me) && !c.isArchived())
                    .map(
                        c ->
                            new PairLook(
                                i.stateAt(now),
                                accounts
                                    .find(i.getInviterId())
                                    .map(Person::getDisplayName)
                                    .orElse(null),
                                c.getName())))
        .orElse(PairLook.NOTHING);
  }

  /** I accept my partner's code: we become a couple in their cohort, which must be mine too. */
  public Paired accept(String typed, String clientAddress) {
    long me = access.requireSignedIn();
    rules.requireParticipantAccount(me);
    Instant now = Instant.now();
    if (attempts.isBlocked(me, now)) {
      throw new Refusal("pairing.tooManyTries");
    }
    Optional<PartnerInvitation> known = PairingCode.parse(typed).flatMap(this::byCode);
    if (known.isEmpty()) {
      attempts.missed(me, now);
      throw new Refusal("pairing.unknownCode");
    }
    Cohort cohort =
        cohorts
            .findLocked(known.get().getCohortId())
            .orElseThrow(() -> new Refusal("pairing.unknownCode"));
    // Read again now that the cohort is ours: whoever held it before may have used this code.
    PartnerInvitation invitation = known.get();
    em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
    long inviter = invitation.getInviterId();
    Person inviterPerson = accounts.find(inviter).orElseThrow();
    Optional<Couple> mine = coupleRows.ofPersonIn(cohort.getId(), me);
    if (mine.isPresent() && mine.get().partnerOf(me) == inviter) {
      // A second click on "accept", or both partners accepting each other's code: already done.
      return new Paired(inviterPerson.getDisplayName(), cohort.getName());
    }
    switch (invitation.stateAt(now)) {
      case ACCEPTED -> throw new Refusal("pairing.codeUsed");
      case REVOKED -> throw new Refusal("pairing.codeRevoked");
      case EXPIRED -> throw new Refusal("pairing.codeExpired");
      default -> {
        // open: go on
      }
    }
    if (inviter == me) {
      throw new Refusal("pairing.ownCode");
    }
    if (inviterPerson.isStaff()) {
      throw new Refusal("pairing.staffAccount");
    }
    if (cohort.isArchived()) {
      throw new Refusal("cohort.archived");
    }
    if (!cohort.isMember(me)) {
      throw new Refusal("pairing.notInCohort", cohort.getName());
    }
    if (!cohort.isMember(inviter)) {
      throw new Refusal("pairing.inviterGone");
    }
    if (mine.isPresent()) {
      throw new Refusal("pairing.youArePaired");
    }
    if (coupleRows.ofPersonIn(cohort.getId(), inviter).isPresent()) {
      throw new Refusal("pairing.inviterPaired");
    }
    invitation.accept(me, now);
    rules.form(cohort, inviter, me, now);
    notifications.notify(inviter, NotificationKind.PARTNER_JOINED, me, null, PairingRules.HOME);
    audit.record(
        AuditEventType.PARTNER_INVITATION_ACCEPTED,
        accounts.actorOf(me),
        accounts.actorOf(inviter),
        clientAddress,
        PairingRules.describe(cohort));
    attempts.succeeded(me);
    return new Paired(inviterPerson.getDisplayName(), cohort.getName());
  }

  private Optional<PartnerInvitation> byCode(String code) {
    return em.createNamedQuery("PartnerInvitation.byCode", PartnerInvitation.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private String unusedCode() {
    String code;
    do {
      code = PairingCode.newCode();
    } while (byCode(code).isPresent());
    return code;
  }
}
