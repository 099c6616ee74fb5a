package org.pawprints.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.pawprints.curriculum.domain.Step;
import org.pawprints.curriculum.domain.StepRepository;
import org.pawprints.platform.i18n.Language;

/** The seven steps as anyone, signed in or not, may read them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StepCatalog {

  @Inject StepRepository steps;

  public List<StepOverview> steps(Language language) {
    return steps.findAllInOrder(StepRepository.DEFAULT_PROGRAM).stream()
        .map(step -> overview(step, language))
        .toList();
  }

  public Optional<StepOverview> step(String slug, Language language) {
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return steps.findBySlug(slug).map(step -> overview(step, language));
  }

  private static StepOverview overview(Step step, Language language) {
    return new StepOverview(
        step.getPosition(),
        step.getSlug(),
        step.getTitle().in(language),
        step.getSummary().in(language));
  }
}
