package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.refusal.Refusal;

/**
 * Who may do what with a live session, asked of the database on every call: the cohort's
 * facilitators (every one of them, so a co-facilitator too) and administrators control it; its
 * participants and its facilitators join it; anyone else is told it is not theirs, the same answer
 * as for a session that does not exist.
 */
@ApplicationScoped
public class LiveAccess {

  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject AccessPolicy access;
  @Inject JoinsThisRequest thisRequest;

  /** The session, locked, for a facilitator's change. */
  public LiveSession toControl(long sessionId) {
    access.requireSignedIn();
    LiveSession session = sessions.findLocked(sessionId).orElseThrow(LiveAccess::notYours);
    if (!access.mayFacilitate(session.getCohortId())) {
      throw notYours();
    }
    return session;
  }

  /**
   * The session, for a facilitator's screen. The control screen's parts (the room, the couples,
   * reactions, questions) each ask: the decision is read once per request.
   */
  public LiveSession toWatch(long sessionId) {
    long me = access.requireSignedIn();
    LiveSession session = sessions.find(sessionId).orElseThrow(LiveAccess::notYours);
    long cohort = session.getCohortId();
    if (!once("facilitate", cohort, me, () -> access.mayFacilitate(cohort))) {
      throw notYours();
    }
    return session;
  }

  /** A cohort the viewer facilitates (or any, for an administrator). */
  public Cohort cohortToPlan(long cohortId) {
    access.requireSignedIn();
    Cohort cohort = cohorts.find(cohortId).orElseThrow(LiveAccess::notYours);
    if (!access.mayFacilitate(cohortId)) {
      throw notYours();
    }
    return cohort;
  }

  /** The session, for one of the room: a participant of its cohort, or its facilitator. */
  public LiveSession toJoin(long sessionId) {
    long me = access.requireSignedIn();
    LiveSession session = sessions.find(sessionId).orElseThrow(LiveAccess::notYours);
    if (!mayJoin(session, me)) {
      throw notYours();
    }
    return session;
  }

  public boolean mayJoin(LiveSession session, long personId) {
    long cohort = session.getCohortId();
    return once(
        "join",
        cohort,
        personId,
        // Membership through isMember's decision: a refresh asks both, one read answers both.
        () -> isMember(session, personId) || access.mayFacilitate(cohort));
  }

  /** Whether the person is one of the cohort's participants (not its facilitator). */
  public boolean isMember(LiveSession session, long personId) {
    long cohort = session.getCohortId();
    return once("member", cohort, personId, () -> cohorts.isMember(cohort, personId));
  }

  /** A decision asked once per request when there is one (a page), else asked afresh (a timer). */
  private boolean once(String question, long cohort, long person, BooleanSupplier database) {
    try {
      return thisRequest.decide(question, cohort, person, database);
    } catch (ContextNotActiveException noRequest) {
      return database.getAsBoolean();
    }
  }

  public long me() {
    return access.requireSignedIn();
  }

  static Refusal notYours() {
    return new Refusal("live.notYours");
  }
}
