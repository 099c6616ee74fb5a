package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.pawprints.identity.domain.Role;

/**
 * The one place that decides "may this person see or do this". Pages are guarded by URL role
 * constraints in web.xml; services call these checks for ownership, which URLs cannot express.
 * Later features add their rules here (a facilitator's cohorts). Who may read an answer, including
 * a partner's after a reveal, is decided by {@code
 * org.pawprints.couple.application.AnswerVisibility}.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject SecurityContext security;
  @Inject RequestViewer perRequest;
  @PersistenceContext EntityManager em;

  /** Who is asking: once per request when there is one (a page), else asked afresh (a timer). */
  public Viewer viewer() {
    try {
      return perRequest.get();
    } catch (ContextNotActiveException noRequest) {
      return RequestViewer.ask(security);
    }
  }

  /** The signed-in person's id, or access denied. */
  public long requireSignedIn() {
    Viewer viewer = viewer();
    if (!viewer.isSignedIn()) {
      throw new AccessDeniedException("not signed in");
    }
    return viewer.personId();
  }

  public Viewer requireRole(Role role) {
    Viewer viewer = viewer();
    if (!viewer.has(role)) {
      throw new AccessDeniedException("role " + role + " required");
    }
    return viewer;
  }

  /**
   * A person's own account data (profile, export) is readable by that person only. Administrators
   * manage accounts through their own operations, which never expose what a participant wrote.
   */
  public long requireSelf(long personId) {
    long me = requireSignedIn();
    if (me != personId) {
      throw new AccessDeniedException("person " + me + " asked for person " + personId);
    }
    return me;
  }

  /**
   * A cohort's settings, roster and invitations: an administrator may act on any cohort, a
   * facilitator only on the cohorts they facilitate, anyone else on none. Read straight from the
   * cohort_facilitator table so that identity does not depend on the cohort feature.
   */
  public Viewer requireFacilitatorOf(long cohortId) {
    Viewer viewer = viewer();
    if (viewer.has(Role.ADMIN)) {
      return viewer;
    }
    if (viewer.has(Role.FACILITATOR) && facilitates(viewer.personId(), cohortId)) {
      return viewer;
    }
    throw new AccessDeniedException(
        "person " + viewer.personId() + " does not facilitate cohort " + cohortId);
  }

  /** Whether the viewer may act on this cohort (see {@link #requireFacilitatorOf(long)}). */
  public boolean mayFacilitate(long cohortId) {
    Viewer viewer = viewer();
    return viewer.has(Role.ADMIN)
        || (viewer.has(Role.FACILITATOR) && facilitates(viewer.personId(), cohortId));
  }

  private boolean facilitates(long personId, long cohortId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM cohort_facilitator WHERE cohort_id = ? AND person_id = ?")
        .setParameter(1, cohortId)
        .setParameter(2, personId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
