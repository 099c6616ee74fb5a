package org.pawprints.outcomes.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.pawprints.platform.time.ServerClock;

/** Runs {@link FollowUpInvitations} every morning at 09:30 server time (not at night: a mail). */
@Singleton
public class FollowUpInvitationsJob {

  private static final Logger LOG = Logger.getLogger(FollowUpInvitationsJob.class.getName());

  @Inject FollowUpInvitations invitations;
  @Inject ServerClock clock;

  @Schedule(hour = "9", minute = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendDue() {
    int sent = invitations.inviteDue(clock.now());
    if (sent > 0) {
      // A count only: never who, never a link.
      LOG.info(() -> "Outcomes: " + sent + " follow-up questionnaire links mailed.");
    }
  }
}
