package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.cohort.domain.Pacing;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.Viewer;
import org.pawprints.platform.audit.AuditEventType;
import org.pawprints.platform.audit.AuditLog;
import org.pawprints.platform.refusal.Refusal;

/**
 * Whether a step's module is open to a person, and opening steps in facilitator-paced cohorts.
 *
 * <p>A step is open to a person when any cohort they belong to is self-paced, is archived (the
 * workshop is over and everything stays readable), or has had the step opened by a facilitator. A
 * person in no cohort has no module open: participants come in through cohorts, and letting staff
 * preview content is the curriculum's decision, not pacing's.
 */
@ApplicationScoped
@Transactional
public class CohortPacing {

  @Inject CohortRepository cohorts;
  @Inject MemberCohorts memberCohorts;
  @Inject AccessPolicy access;
  @Inject Accounts accounts;
  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isOpen(long personId, String stepSlug) {
    return isOpen(memberCohorts.of(personId), stepSlug);
  }

  /** Which of these steps are open to the person, from one read of their cohorts (a dashboard). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> openOf(long personId, Collection<String> stepSlugs) {
    List<Cohort> mine = memberCohorts.of(personId);
    return stepSlugs.stream().filter(slug -> isOpen(mine, slug)).collect(Collectors.toSet());
  }

  private static boolean isOpen(List<Cohort> mine, String stepSlug) {
    return mine.stream()
        .anyMatch(
            c -> c.isArchived() || c.getPacing() == Pacing.SELF_PACED || c.isStepOpened(stepSlug));
  }

  /** Opens a step for a facilitator-paced cohort; opening it twice changes nothing. */
  public void open(long cohortId, String stepSlug, String clientAddress) {
    Viewer by = access.requireFacilitatorOf(cohortId);
    if (stepSlug == null || stepSlug.isBlank() || stepSlug.length() > 100) {
      throw new Refusal("cohort.stepUnknown");
    }
    Cohort cohort = cohorts.findLocked(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    if (cohort.openStep(stepSlug, Instant.now())) {
      audit.record(
          AuditEventType.MODULE_OPENED,
          accounts.actorOf(by.personId()),
          null,
          clientAddress,
          Cohorts.describe(cohort) + ", step " + stepSlug);
    }
  }
}
