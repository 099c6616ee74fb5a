package org.pawprints.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.notification.domain.DigestSubscription;

/** The signed-in person's choice about the weekly email digest: off until they switch it on. */
@ApplicationScoped
@Transactional
public class DigestPreferences {

  @Inject AccessPolicy access;
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean weeklyDigestOn() {
    return mine(access.requireSignedIn()).map(DigestSubscription::isSubscribed).orElse(false);
  }

  public void chooseWeeklyDigest(boolean on) {
    long me = access.requireSignedIn();
    Instant now = Instant.now();
    mine(me)
        .ifPresentOrElse(
            choice -> choice.choose(on, now),
            () -> em.persist(new DigestSubscription(me, on, now)));
  }

  private Optional<DigestSubscription> mine(long me) {
    return Optional.ofNullable(em.find(DigestSubscription.class, me));
  }
}
