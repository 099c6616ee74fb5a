package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.outcomes.domain.Change;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.OutcomeRepository;
import org.pawprints.outcomes.domain.Response;
import org.pawprints.outcomes.domain.Scoring;
import org.pawprints.outcomes.domain.Wave;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * A cohort's outcomes, for its facilitators and administrators: how many of its members answered
 * each wave, and how scores changed from start to end and from start to follow-up (mean, standard
 * deviation, n, share who rose). Counts and averages leave this class; one person's answers never
 * do. Only current members count, as in the progress report. Below the cohort's smallest group
 * ({@code cohort.smallest_group}) nothing is computed; a change over fewer people is withheld.
 * Answers are compared within one questionnaire version only: a person who answered the start with
 * one version and the end with another counts in the response rates but in no change.
 */
@ApplicationScoped
public class OutcomesReport {

  @Inject AccessPolicy access;
  @Inject CohortRepository cohorts;
  @Inject OutcomeRepository store;

  public CohortOutcomes of(long cohortId, Language language) {
    access.requireFacilitatorOf(cohortId);
    Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new Refusal("cohort.unknown"));
    Set<Long> members = new HashSet<>(cohorts.memberIds(cohortId));
    int smallest = cohort.getSmallestGroup();
    if (members.size() < smallest) {
      return CohortOutcomes.withheld(cohortId, cohort.getName(), members.size(), smallest);
    }
    // wave -> person -> their response
    Map<Wave, Map<Long, Response>> byWave = new HashMap<>();
    Arrays.stream(Wave.values()).forEach(w -> byWave.put(w, new HashMap<>()));
    store.responsesOfCohort(cohortId).stream()
        .filter(r -> members.contains(r.getPersonId()))
        .forEach(r -> byWave.get(r.getWave()).put(r.getPersonId(), r));
    List<WaveRate> rates =
        Arrays.stream(Wave.values())
            .map(w -> new WaveRate(w, byWave.get(w).size(), members.size()))
            .toList();
    Set<Long> versions = new TreeSet<>();
    byWave.get(Wave.START).values().forEach(r -> versions.add(r.getItemSetId()));
    List<VersionOutcomes> changes = new ArrayList<>();
    for (long version : versions) {
      Optional<ItemSet> set = store.itemSet(version);
      if (set.isEmpty()) {
        continue;
      }
      Map<Long, Response> start = byWave.get(Wave.START);
      changes.add(
          new VersionOutcomes(
              version,
              set.get().name(language),
              set.get().getScalePoints(),
              change(set.get(), start, byWave.get(Wave.END)),
              change(set.get(), start, byWave.get(Wave.FOLLOW_UP)),
              smallest));
    }
    return new CohortOutcomes(cohortId, cohort.getName(), members.size(), smallest, rates, changes);
  }

  /** The change over the people who answered both waves with this version. */
  private static Change change(ItemSet set, Map<Long, Response> before, Map<Long, Response> after) {
    List<Change.Pair> pairs = new ArrayList<>();
    before.forEach(
        (person, first) -> {
          Response later = after.get(person);
          if (first.getItemSetId() == set.getId()
              && later != null
              && later.getItemSetId() == set.getId()) {
            pairs.add(
                new Change.Pair(
                    Scoring.score(set, first.getAnswers()),
                    Scoring.score(set, later.getAnswers())));
          }
        });
    return Change.of(pairs);
  }
}
