package org.pawprints.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.application.AnswerVisibility;
import org.pawprints.couple.application.FacilitatorShares;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Person;
import org.pawprints.learning.domain.Answer;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.i18n.Language;

/**
 * The answers a cohort's participants explicitly chose to show their facilitators: the one place a
 * facilitator reads a participant's words, as last marked done (never a draft). Only answers given
 * in this cohort are listed (a member who also takes part in another cohort shares there with that
 * cohort's facilitators only), and each passes {@link AnswerVisibility#readableBy}, so an
 * administrator (who is not the cohort's facilitator) and a facilitator of another cohort read
 * nothing, and an answer is gone the moment its author stops sharing it.
 */
@ApplicationScoped
public class SharedWithFacilitators {

  @Inject AccessPolicy access;
  @Inject CohortRepository cohorts;
  @Inject FacilitatorShares shares;
  @Inject AnswerVisibility visibility;
  @Inject ModuleCatalog catalog;

  @PersistenceContext EntityManager em;

  public List<SharedAnswer> in(long cohortId, Language language) {
    long viewer = access.requireFacilitatorOf(cohortId).personId();
    Set<Long> members = new HashSet<>(cohorts.memberIds(cohortId));
    List<SharedAnswer> answers = new ArrayList<>();
    for (FacilitatorShares.Share share : shares.inCohort(cohortId)) {
      long author = share.authorId();
      String step = share.step();
      String exerciseId = share.exerciseId();
      if (!members.contains(author)) {
        continue;
      }
      // Only an answer given in this cohort (see the class comment).
      Optional<AnswerContent> answer =
          em.createNamedQuery("Answer.mineFor", Answer.class)
              .setParameter("person", author)
              .setParameter("step", step)
              .setParameter("exercise", exerciseId)
              .getResultStream()
              .findFirst()
              .filter(a -> Long.valueOf(cohortId).equals(a.getCohortId()))
              .flatMap(a -> visibility.readableBy(viewer, a));
      Optional<ModuleView> module = catalog.module(step, language);
      Optional<ExerciseView> exercise = module.flatMap(m -> m.exercise(exerciseId));
      if (answer.isPresent() && exercise.isPresent()) {
        answers.add(
            shown(em.find(Person.class, author), module.get(), exercise.get(), answer.get()));
      }
    }
    return answers;
  }

  private static SharedAnswer shown(
      Person author, ModuleView module, ExerciseView exercise, AnswerContent content) {
    Map<String, String> labels = new HashMap<>();
    exercise.getChoices().forEach(c -> labels.put(c.getId(), c.getLabel()));
    exercise.getSuggestions().forEach(i -> labels.put(i.getId(), i.getLabel()));
    exercise.getPhrases().forEach(i -> labels.put(i.getId(), i.getLabel()));
    return new SharedAnswer(
        author == null ? "" : author.getDisplayName(),
        module.getTitle(),
        exercise.getTitle(),
        content.text(),
        content.picked().stream().map(id -> labels.getOrDefault(id, id)).toList(),
        content.custom());
  }
}
