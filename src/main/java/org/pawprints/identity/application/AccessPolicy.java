package org.pawprints.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.EnumSet;
import java.util.Set;
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
  @Inject CohortFacilitation facilitation;
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

  /**
   * The viewer, holding the role, or access denied. Staff roles are confirmed against the database
   * as well as the sign-in: a role revoked a moment ago, or a paused account, counts no more, even
   * from a page that was opened before.
   */
  public Viewer requireRole(Role role) {
    Viewer viewer = viewer();
    if (!viewer.has(role) || (role.isStaff() && !holds(viewer.personId(), role))) {
      throw new AccessDeniedException("role " + role + " required");
    }
    return viewer;
  }

  /**
   * The viewer with only the staff roles the database still grants them (participant roles as
   * signed in: what a participant does concerns their own data). For decisions that depend on
   * several roles at once, such as which cohorts to list.
   */
  public Viewer confirmedViewer() {
    Viewer viewer = viewer();
    if (!viewer.isSignedIn() || viewer.roles().stream().noneMatch(Role::isStaff)) {
      return viewer;
    }
    Set<Role> held = heldRoles(viewer.personId());
    Set<Role> roles = EnumSet.noneOf(Role.class);
    viewer.roles().stream().filter(r -> !r.isStaff() || held.contains(r)).forEach(roles::add);
    return new Viewer(viewer.personId(), roles);
  }

  private boolean holds(long personId, Role role) {
    return heldRoles(personId).contains(role);
  }

  /** The roles of an active account, read from the database now; none for a paused one. */
  private Set<Role> heldRoles(long personId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    roles.addAll(
        em.createNamedQuery("Person.activeRoles", Role.class)
            .setParameter("id", personId)
            .getResultList());
    return roles;
  }

  /**
   * A cohort's settings, roster and invitations: an administrator may act on any cohort, a
   * facilitator only on the cohorts they facilitate (which the cohort feature answers, through
   * {@link CohortFacilitation}), anyone else on none.
   */
  public Viewer requireFacilitatorOf(long cohortId) {
    Viewer viewer = confirmedViewer();
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
    Viewer viewer = confirmedViewer();
    return viewer.has(Role.ADMIN)
        || (viewer.has(Role.FACILITATOR) && facilitates(viewer.personId(), cohortId));
  }

  private boolean facilitates(long personId, long cohortId) {
    return facilitation.facilitates(personId, cohortId);
  }
}
