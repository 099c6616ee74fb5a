package org.pawprints.care.nudge.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.pawprints.care.nudge.domain.NudgeEmailChoice;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.platform.time.ServerClock;

/**
 * Whether a person's nudges also come by email: off until they switch it on (the app's bell always
 * has them). The signed-in person reads and changes only their own choice.
 */
@ApplicationScoped
@Transactional
public class NudgeEmail {

  @Inject AccessPolicy access;
  @Inject ServerClock clock;
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mineOn() {
    return allows(access.requireSignedIn());
  }

  public void chooseMine(boolean byEmail) {
    long me = access.requireSignedIn();
    NudgeEmailChoice choice = em.find(NudgeEmailChoice.class, me);
    if (choice == null) {
      em.persist(new NudgeEmailChoice(me, byEmail, clock.now()));
    } else {
      choice.choose(byEmail, clock.now());
    }
  }

  /** For the sweep, which acts for nobody in particular. */
  @Transactional(Transactional.TxType.SUPPORTS)
  boolean allows(long personId) {
    NudgeEmailChoice choice = em.find(NudgeEmailChoice.class, personId);
    return choice != null && choice.isByEmail();
  }
}
