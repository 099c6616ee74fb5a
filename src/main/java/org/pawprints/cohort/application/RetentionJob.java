package org.pawprints.cohort.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/** Runs {@link Retention} every night at 03:45 server time. */
@Singleton
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Inject Retention retention;

  @Schedule(hour = "3", minute = "45", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void anonymiseDue() {
    int done = retention.anonymiseDue(LocalDate.now());
    if (done > 0) {
      LOG.info(() -> "Retention: " + done + " participants anonymised.");
    }
  }
}
