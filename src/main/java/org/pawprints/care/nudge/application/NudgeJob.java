package org.pawprints.care.nudge.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Looks for participants falling behind once a day, at 10:00 server time: late enough in the
 * morning that a nudge does not wake anyone in Canada's time zones. Running twice the same day
 * sends nothing new (at most one nudge per reason every N days; the cohort row is locked while it
 * runs).
 */
@Singleton
public class NudgeJob {

  private static final Logger LOG = Logger.getLogger(NudgeJob.class.getName());

  @Inject NudgeSweep sweep;

  @Schedule(hour = "10", minute = "0", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void lookForThoseFallingBehind() {
    boolean daily =
        ConfigProvider.getConfig(NudgeJob.class.getClassLoader())
            .getOptionalValue("pawprints.nudges.daily", Boolean.class)
            .orElse(true);
    if (!daily) {
      return;
    }
    int nudged = sweep.sweepAll();
    if (nudged > 0) {
      LOG.info(() -> "Gentle nudges sent to " + nudged + " people.");
    }
  }
}
