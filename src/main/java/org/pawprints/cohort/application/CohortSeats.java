package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Invitation;
import org.pawprints.cohort.domain.InvitationState;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.refusal.Refusal;

/**
 * Who may still take a participant's seat in a cohort: the seats left, no second live invitation
 * for one address, and no staff account (issue #10, rule 2: staff get a separate participant
 * account from an administrator). Every way in (invitation, CSV, join code) asks here. No
 * transaction of its own: it runs inside the caller's, which holds the cohort's lock.
 */
@ApplicationScoped
public class CohortSeats {

  @Inject CohortRepository cohorts;
  @Inject Accounts accounts;

  /** No second live invitation for one address, and none for a person already in the cohort. */
  void requireNotInvited(Cohort cohort, String emailKey) {
    for (Invitation existing : cohorts.invitations(cohort.getId(), emailKey)) {
      InvitationState state = existing.stateAt(Instant.now());
      if (state == InvitationState.ACCEPTED) {
        throw new Refusal("invitation.alreadyMember");
      }
      if (state == InvitationState.SENT || state == InvitationState.OPENED) {
        throw new Refusal("invitation.duplicate");
      }
    }
    accounts
        .findByEmail(emailKey)
        .ifPresent(
            p -> {
              if (cohort.isMember(p.getId())) {
                throw new Refusal("invitation.alreadyMember");
              }
              requireParticipantAccount(p);
            });
  }

  /**
   * A facilitator or an administrator never takes a participant's seat: they would see a couple's
   * words as a partner would. An administrator gives such a person a separate participant account.
   */
  static void requireParticipantAccount(Person person) {
    if (person.isStaff()) {
      throw new Refusal("participant.staffAccount");
    }
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
      throw new Refusal("cohort.full");
    }
  }
}
