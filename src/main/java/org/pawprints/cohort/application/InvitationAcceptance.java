package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.audit.AuditEvent.Actor;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.PageViewMemo;

/**
 * The invited person's side of an invitation: looking at the link, and accepting it, by creating an
 * account with the invited address or signed in with it. A staff account is refused (issue #10,
 * rule 2). Pairing on acceptance (a partner's invitation, or a pre-paired partner from the CSV) is
 * the couple feature's work: it observes {@link InvitationAccepted}.
 */
@ApplicationScoped
@Transactional
public class InvitationAcceptance {

  private static final int MAX_SECRET_LENGTH = 100;

  @Inject CohortRepository cohorts;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;
  @Inject Event<InvitationAccepted> accepted;

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
                  accounts.findByEmail(invitation.getEmail()).isPresent(),
                  preparedPartner(invitation));
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
      throw new Refusal("invitation.signInInstead");
    }
    Person person =
        accounts.create(
            invitation.getEmail(), displayName, language, password, Set.of(Role.PARTICIPANT));
    join(invitation, person, client);
    return person;
  }

  /**
   * The signed-in person accepts; the invitation must have been sent to their address, and their
   * account must not be a facilitator's or an administrator's.
   */
  public void acceptAsSignedIn(String secret, String client) {
    long me = access.requireSignedIn();
    Invitation invitation = usable(secret);
    Person person = accounts.find(me).orElseThrow(() -> new Refusal("invitation.notUsable"));
    if (!EmailAddress.key(person.getEmail()).equals(invitation.getEmailKey())) {
      throw new Refusal("invitation.otherAccount");
    }
    CohortSeats.requireParticipantAccount(person);
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
    PageViewMemo.forget(); // this request may go on to show the new membership
    Actor actor = new Actor(person.getId(), person.getEmail());
    audit.record(
        AuditEventType.INVITATION_ACCEPTED, actor, actor, client, Cohorts.describe(cohort));
    accepted.fire(new InvitationAccepted(invitation.getId(), cohort.getId(), person.getId()));
  }

  /** The partner a CSV named for this invitation: accepting is consenting to pair with them. */
  private String preparedPartner(Invitation invitation) {
    if (invitation.getPairedInvitationId() == null) {
      return null;
    }
    return cohorts
        .invitation(invitation.getPairedInvitationId())
        .map(p -> p.getDisplayName() == null ? p.getEmail() : p.getDisplayName())
        .orElse(null);
  }

  private Invitation usable(String secret) {
    Invitation invitation =
        byLink(secret, true)
            .filter(i -> i.isPendingAt(Instant.now()))
            .orElseThrow(() -> new Refusal("invitation.notUsable"));
    Cohort cohort = cohorts.find(invitation.getCohortId()).orElseThrow();
    if (cohort.isArchived()) {
      throw new Refusal("invitation.notUsable");
    }
    return invitation;
  }

  private Optional<Invitation> byLink(String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET_LENGTH) {
      return Optional.empty();
    }
    return cohorts.invitationByHash(OneTimeTokens.hash(secret.strip()), lock);
  }

  private Cohort lockedOpen(long cohortId) {
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    cohort.requireOpen();
    return cohort;
  }
}
