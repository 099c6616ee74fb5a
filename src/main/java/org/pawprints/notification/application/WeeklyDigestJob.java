package org.pawprints.notification.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Runs the weekly digest on Mondays at 08:00 server time. It runs again every hour until the end of
 * Monday so that a server that was down at 08:00 still sends that week's digest; {@link
 * WeeklyDigest} never sends a person two in one week.
 */
@Singleton
public class WeeklyDigestJob {

  private static final Logger LOG = Logger.getLogger(WeeklyDigestJob.class.getName());

  @Inject WeeklyDigest digest;

  @Schedule(dayOfWeek = "Mon", hour = "8-23", minute = "0", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sendWeeklyDigest() {
    int queued = digest.sendDue(Instant.now());
    if (queued > 0) {
      LOG.info(() -> "Weekly digest queued for " + queued + " people.");
    }
  }
}
