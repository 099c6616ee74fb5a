package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly email digest: for each person who switched it on and has unread notifications from the
 * last seven days, one short mail in their language. At most one per person per ISO week (in the
 * server's time zone), however often this runs and on however many servers. Each person is sent to
 * in a transaction of their own, so one failure does not hold back the others.
 */
@ApplicationScoped
public class WeeklyDigest {

  private static final Logger LOG = Logger.getLogger(WeeklyDigest.class.getName());

  @Inject DigestMail mail;
  @PersistenceContext EntityManager em;

  /** Queues this week's digest for everyone due at {@code now}; returns how many were queued. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public int sendDue(Instant now) {
    String week = isoWeek(now, ZoneId.systemDefault());
    List<Long> due =
        em.createNamedQuery("DigestSubscription.dueFor", Long.class)
            .setParameter("week", week)
            .getResultList();
    int queued = 0;
    for (long personId : due) {
      try {
        if (mail.sendTo(personId, week, now)) {
          queued++;
        }
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Weekly digest for person {0} not queued: {1}",
            new Object[] {personId, e.getClass().getSimpleName()});
      }
    }
    return queued;
  }

  /** The ISO week an instant falls in, e.g. {@code 2026-W48}. */
  static String isoWeek(Instant now, ZoneId zone) {
    ZonedDateTime at = now.atZone(zone);
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        at.get(IsoFields.WEEK_BASED_YEAR),
        at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
