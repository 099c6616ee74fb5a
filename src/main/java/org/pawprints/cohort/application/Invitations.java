package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
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
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.mail.MailOutbox;
import org.pawprints.platform.refusal.Refusal;

/**
 * Inviting people into a cohort by mail, resending and revoking invitations (administrators and the
 * cohort's facilitators, or a member inviting their partner). The invited person's side is {@link
 * InvitationAcceptance}; who may take a seat at all is {@link CohortSeats}.
 */
@ApplicationScoped
@Transactional
public class Invitations {

  @Inject CohortRepository cohorts;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject MailOutbox outbox;
  @Inject CohortSeats seats;

  /** Invites an address; the mail is in the cohort's language. */
  public Invitation invite(
      long cohortId, String email, String name, Language language, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = lockedOpen(cohortId);
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    seats.requireNotInvited(cohort, EmailAddress.key(address));
    seats.requireSeats(cohort, 1);
    return send(cohort, address, cleanName(name), language, by, clientAddress);
  }

  /**
   * Invites the two partners of a couple in one go (issue 13): both invitations are pre-paired, as
   * a CSV import pairs rows that name each other, so the two are a couple as soon as both accept.
   * Nothing is sent unless both addresses can be invited.
   */
  public List<Invitation> inviteCouple(
      long cohortId,
      String email,
      String name,
      String partnerEmail,
      String partnerName,
      String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    Cohort cohort = lockedOpen(cohortId);
    String first = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    String second =
        EmailAddress.parse(partnerEmail)
            .orElseThrow(() -> new Refusal("invitation.partnerEmailInvalid"));
    if (EmailAddress.key(first).equals(EmailAddress.key(second))) {
      throw new Refusal("invitation.coupleSameEmail");
    }
    seats.requireNotInvited(cohort, EmailAddress.key(first));
    seats.requireNotInvited(cohort, EmailAddress.key(second));
    seats.requireSeats(cohort, 2);
    Invitation one = send(cohort, first, cleanName(name), null, by, clientAddress);
    Invitation other = send(cohort, second, cleanName(partnerName), null, by, clientAddress);
    one.pairWith(other.getId());
    other.pairWith(one.getId());
    return List.of(one, other);
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
    String address = EmailAddress.parse(email).orElseThrow(() -> new Refusal("email.invalid"));
    seats.requireNotInvited(cohort, EmailAddress.key(address));
    seats.requireSeats(cohort, 1);
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
      seats.requireSeats(cohort, 1);
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

  private Invitation existing(long invitationId) {
    return cohorts.invitation(invitationId).orElseThrow(() -> new Refusal("invitation.unknown"));
  }

  private Cohort lockedOpen(long cohortId) {
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    cohort.requireOpen();
    return cohort;
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
