package org.pawprints.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.couple.application.AnswerVisibility;
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
  @Inject AnswerVisibility visibility;
  @Inject ModuleCatalog catalog;

  @PersistenceContext EntityManager em;

  public List<SharedAnswer> in(long cohortId, Language language) {
    long viewer = access.requireFacilitatorOf(cohortId).personId();
    @SuppressWarnings("unchecked")
    List<Object[]> shares =
        em.createNativeQuery(
                "SELECT s.person_id, s.step_slug, s.exercise_id FROM answer_facilitator_share s"
                    + " JOIN cohort_member m ON m.person_id = s.person_id"
                    + " JOIN answer a ON a.person_id = s.person_id AND a.step_slug = s.step_slug"
                    + " AND a.exercise_id = s.exercise_id AND a.cohort_id = m.cohort_id"
                    + " WHERE m.cohort_id = ?1 AND s.cohort_id = ?1 ORDER BY s.shared_at DESC")
            .setParameter(1, cohortId)
            .getResultList();
    List<SharedAnswer> answers = new ArrayList<>();
    for (Object[] share : shares) {
      long author = ((Number) share[0]).longValue();
      String step = (String) share[1];
      String exerciseId = (String) share[2];
      Optional<AnswerContent> answer =
          em.createNamedQuery("Answer.mineFor", Answer.class)
              .setParameter("person", author)
              .setParameter("step", step)
              .setParameter("exercise", exerciseId)
              .getResultStream()
              .findFirst()
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
