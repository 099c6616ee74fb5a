package org.pawprints.identity.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/** Runs {@link RoutinePurge} every night at 03:30 server time. */
@Singleton
public class RoutinePurgeJob {

  private static final Logger LOG = Logger.getLogger(RoutinePurgeJob.class.getName());

  @Inject RoutinePurge purge;

  @Schedule(hour = "3", minute = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void purge() {
    RoutinePurge.Purged purged = purge.run(Instant.now());
    LOG.info(() -> "Routine purge: " + purged);
  }
}
