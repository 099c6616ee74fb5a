package org.pawprints.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.platform.web.PageViewMemo;

/**
 * The cohorts a person is a member of, read once per page view ({@link PageViewMemo}): the module
 * lock, the answer form, the partner card and the live cards each ask, and the answer is the same
 * for the whole page. Only read: nothing changes these cohorts through this list.
 */
@ApplicationScoped
public class MemberCohorts {

  @Inject CohortRepository cohorts;

  public List<Cohort> of(long personId) {
    return PageViewMemo.once("cohorts-of-" + personId, () -> cohorts.withMember(personId));
  }
}
