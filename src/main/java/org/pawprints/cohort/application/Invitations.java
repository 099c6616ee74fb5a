package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortProblem;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Couple;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.application.PublicAddress;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;

/**
 * Inviting people into a cohort by mail, resending and revoking invitations (administrators and the
 * cohort's facilitators), and accepting them: a new person creates their account, a person who has
 * one signs in first. Two accepted pre-paired invitations make a couple.
 */
@ApplicationScoped
@Transactional
public class Invitations {

  private static final int MAX_SECRET_LENGTH = 100;

  @Inject CohortRepository cohorts;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject MailOutbox outbox;
  @Inject Event<InvitationAccepted> accepted;

  /** Invites an address; the mail is in the cohort's language. */
  public Invitation invite(
      long cohortId, String email, String name, Language language, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = lockedOpen(cohortId);
    String address =
        EmailAddress.parse(email).orElseThrow(() -> new CohortProblem("email.invalid"));
    requireNotInvited(cohort, EmailAddress.key(address));
    requireSeats(cohort, 1);
    return send(cohort, address, cleanName(name), language, by, clientAddress);
  }

  /**
   * A participant invites their partner into their own cohort (issue #6): the checks of {@link
   * #invite} (open cohort locked, a valid address, no duplicate, a free seat), made for a member of
   * the cohort instead of a facilitator, and a mail in {@code language} that says who invites.
   * Pairing the two on acceptance is the couple feature's work ({@link InvitationAccepted}).
   */
  public Invitation inviteForPartner(
      long cohortId, String email, Language language, String clientAddress) {
    long me = access.requireSignedIn();
    Cohort cohort = lockedOpen(cohortId);
    if (!cohort.isMember(me)) {
      throw new AccessDeniedException("person " + me + " is not in cohort " + cohortId);
    }
    String address =
        EmailAddress.parse(email).orElseThrow(() -> new CohortProblem("email.invalid"));
    requireNotInvited(cohort, EmailAddress.key(address));
    requireSeats(cohort, 1);
    Person inviter = accounts.find(me).orElseThrow();
    Language in = language == null ? cohort.getLanguage() : language;
    String secret = OneTimeTokens.newSecret();
    Invitation invitation =
        cohorts.add(
            new Invitation(
                cohort.getId(), address, null, in, OneTimeTokens.hash(secret), me, Instant.now()));
    String link = PublicAddress.link("/invitation.xhtml?token=" + secret);
    outbox.queue(
        address,
        Messages.get(in, "mail.partnerInvitation.subject", inviter.getDisplayName()),
        Messages.get(
            in,
            "mail.partnerInvitation.body",
            inviter.getDisplayName(),
            cohort.getName(),
            link,
            Invitation.LIFETIME.toDays()),
        link);
    audit.record(
        AuditEventType.INVITATION_SENT,
        new Actor(inviter.getId(), inviter.getEmail()),
        new Actor(null, address),
        clientAddress,
        Cohorts.describe(cohort) + ", by a partner");
    return invitation;
  }

  /**
   * Sends an invitation whose checks the caller made (seats, duplicates), such as a confirmed CSV
   * import, which checks the whole file first.
   */
  Invitation send(
      Cohort cohort,
      String address,
      String name,
      Language language,
      Viewer by,
      String clientAddress) {
    String secret = OneTimeTokens.newSecret();
    Invitation invitation =
        cohorts.add(
            new Invitation(
                cohort.getId(),
                address,
                name,
                language == null ? cohort.getLanguage() : language,
                OneTimeTokens.hash(secret),
                by.personId(),
                Instant.now()));
    mail(cohort, invitation, secret);
    record(AuditEventType.INVITATION_SENT, by, invitation, clientAddress, cohort);
    return invitation;
  }

  /** A new link, valid for another 14 days; the old link stops working. */
  public void resend(long invitationId, String clientAddress) {
    Invitation invitation = existing(invitationId);
    Viewer by = access.requireFacilitatorOf(invitation.getCohortId());
    Cohort cohort = lockedOpen(invitation.getCohortId());
    if (!invitation.isPendingAt(Instant.now())
        && invitation.stateAt(Instant.now()) != InvitationState.ACCEPTED) {
      requireSeats(cohort, 1);
    }
    String secret = OneTimeTokens.newSecret();
    invitation.resend(OneTimeTokens.hash(secret), Instant.now());
    mail(cohort, invitation, secret);
    record(AuditEventType.INVITATION_RESENT, by, invitation, clientAddress, cohort);
  }

  public void revoke(long invitationId, String clientAddress) {
    Invitation invitation = existing(invitationId);
    Viewer by = access.requireFacilitatorOf(invitation.getCohortId());
    Cohort cohort = lockedOpen(invitation.getCohortId());
    invitation.revoke(Instant.now());
    record(AuditEventType.INVITATION_REVOKED, by, invitation, clientAddress, cohort);
  }

  /** What the link's holder may see; looking changes nothing. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public InvitationLook look(String secret) {
    return byLink(secret, false)
        .map(
            invitation -> {
              Cohort cohort = cohorts.find(invitation.getCohortId()).orElseThrow();
              InvitationState state =
                  cohort.isArchived() ? InvitationState.REVOKED : invitation.stateAt(Instant.now());
              return new InvitationLook(
                  state,
                  cohort.getName(),
                  invitation.getEmail(),
                  invitation.getDisplayName(),
                  invitation.getLanguage(),
                  accounts.findByEmail(invitation.getEmail()).isPresent());
            })
        .orElse(InvitationLook.UNKNOWN);
  }

  /** The link was opened in a browser (called by the page's script, never by a plain GET). */
  public void opened(String secret) {
    byLink(secret, true).ifPresent(invitation -> invitation.opened(Instant.now()));
  }

  /** A person without an account accepts: the account is created with the invited address. */
  public Person acceptAsNewPerson(
      String secret, String displayName, Language language, String password, String client) {
    Invitation invitation = usable(secret);
    if (accounts.findByEmail(invitation.getEmail()).isPresent()) {
      throw new CohortProblem("invitation.signInInstead");
    }
    Person person =
        accounts.create(
            invitation.getEmail(), displayName, language, password, Set.of(Role.PARTICIPANT));
    join(invitation, person, client);
    return person;
  }

  /** The signed-in person accepts; the invitation must have been sent to their address. */
  public void acceptAsSignedIn(String secret, String client) {
    long me = access.requireSignedIn();
    Invitation invitation = usable(secret);
    Person person = accounts.find(me).orElseThrow(() -> new CohortProblem("invitation.notUsable"));
    if (!EmailAddress.key(person.getEmail()).equals(invitation.getEmailKey())) {
      throw new CohortProblem("invitation.otherAccount");
    }
    if (!person.hasRole(Role.PARTICIPANT)) {
      person.grant(Role.PARTICIPANT);
    }
    join(invitation, person, client);
  }

  private void join(Invitation invitation, Person person, String client) {
    Cohort cohort = lockedOpen(invitation.getCohortId());
    Instant now = Instant.now();
    invitation.accept(person.getId(), now);
    cohort.addMember(person.getId(), now);
    Actor actor = new Actor(person.getId(), person.getEmail());
    audit.record(
        AuditEventType.INVITATION_ACCEPTED, actor, actor, client, Cohorts.describe(cohort));
    pairPreparedPartners(invitation, cohort, person, actor, client, now);
    accepted.fire(new InvitationAccepted(invitation.getId(), cohort.getId(), person.getId()));
  }

  private void pairPreparedPartners(
      Invitation invitation,
      Cohort cohort,
      Person person,
      Actor actor,
      String client,
      Instant now) {
    Long partnerInvitation = invitation.getPartnerInvitationId();
    if (partnerInvitation == null) {
      return;
    }
    cohorts
        .invitation(partnerInvitation)
        .filter(partner -> partner.getPersonId() != null)
        .filter(partner -> partner.stateAt(now) == InvitationState.ACCEPTED)
        .filter(partner -> cohorts.coupleOf(cohort.getId(), partner.getPersonId()).isEmpty())
        .filter(partner -> cohorts.coupleOf(cohort.getId(), person.getId()).isEmpty())
        .ifPresent(
            partner -> {
              cohorts.add(new Couple(cohort.getId(), partner.getPersonId(), person.getId(), now));
              audit.record(
                  AuditEventType.COUPLE_FORMED,
                  actor,
                  accounts.actorOf(partner.getPersonId()),
                  client,
                  Cohorts.describe(cohort));
            });
  }

  private Invitation usable(String secret) {
    Invitation invitation =
        byLink(secret, true)
            .filter(i -> i.isPendingAt(Instant.now()))
            .orElseThrow(() -> new CohortProblem("invitation.notUsable"));
    Cohort cohort = cohorts.find(invitation.getCohortId()).orElseThrow();
    if (cohort.isArchived()) {
      throw new CohortProblem("invitation.notUsable");
    }
    return invitation;
  }

  private Optional<Invitation> byLink(String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    return cohorts.invitationByHash(OneTimeTokens.hash(secret.strip()), lock);
  }

  private Invitation existing(long invitationId) {
    return cohorts
        .invitation(invitationId)
        .orElseThrow(() -> new CohortProblem("invitation.unknown"));
  }

  private Cohort lockedOpen(long cohortId) {
    Cohort cohort =
        cohorts.findLocked(cohortId).orElseThrow(() -> new CohortProblem("cohort.unknown"));
    cohort.requireOpen();
    return cohort;
  }

  /** No second live invitation for one address, and none for a person already in the cohort. */
  void requireNotInvited(Cohort cohort, String emailKey) {
    for (Invitation existing : cohorts.invitations(cohort.getId(), emailKey)) {
      InvitationState state = existing.stateAt(Instant.now());
      if (state == InvitationState.ACCEPTED) {
        throw new CohortProblem("invitation.alreadyMember");
      }
      if (state == InvitationState.SENT || state == InvitationState.OPENED) {
        throw new CohortProblem("invitation.duplicate");
      }
    }
    accounts
        .findByEmail(emailKey)
        .filter(p -> cohort.isMember(p.getId()))
        .ifPresent(
            p -> {
              throw new CohortProblem("invitation.alreadyMember");
            });
  }

  /** Seats left: two per couple of capacity, less members and live invitations. */
  long seatsLeft(Cohort cohort) {
    Instant now = Instant.now();
    long pending =
        cohorts.invitations(cohort.getId()).stream().filter(i -> i.isPendingAt(now)).count();
    return cohort.seats() - cohort.getMembers().size() - pending;
  }

  void requireSeats(Cohort cohort, int needed) {
    if (seatsLeft(cohort) < needed) {
      throw new CohortProblem("cohort.full");
    }
  }

  private void mail(Cohort cohort, Invitation invitation, String secret) {
    Language language = cohort.getLanguage();
    String link = PublicAddress.link("/invitation.xhtml?token=" + secret);
    String greeting =
        invitation.getDisplayName() == null ? invitation.getEmail() : invitation.getDisplayName();
    outbox.queue(
        invitation.getEmail(),
        Messages.get(language, "mail.invitation.subject", cohort.getName()),
        Messages.get(
            language,
            "mail.invitation.body",
            greeting,
            cohort.getName(),
            link,
            Invitation.LIFETIME.toDays()),
        link);
  }

  private void record(
      AuditEventType type, Viewer by, Invitation invitation, String client, Cohort cohort) {
    audit.record(
        type,
        accounts.actorOf(by.personId()),
        new Actor(invitation.getPersonId(), invitation.getEmail()),
        client,
        Cohorts.describe(cohort));
  }

  static String cleanName(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String clean = name.strip().replaceAll("\\p{Cntrl}", "");
    return clean.length() > Accounts.MAX_NAME_LENGTH
        ? clean.substring(0, Accounts.MAX_NAME_LENGTH)
        : clean;
  }
}
