package org.pawprints.curriculum.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pawprints.curriculum.domain.Step;
import org.pawprints.curriculum.domain.StepRepository;
import org.pawprints.platform.i18n.Language;

/**
 * The seven steps as anyone, signed in or not, may read them. The landing page and every step page
 * read them and only a migration changes them, so they are kept in memory per language after the
 * first read; {@link #forget()} reads them again (for whatever comes to edit steps while running).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StepCatalog {

  @Inject StepRepository steps;

  private final Map<Language, List<StepOverview>> byLanguage = new ConcurrentHashMap<>();

  public List<StepOverview> steps(Language language) {
    Objects.requireNonNull(language);
    List<StepOverview> known = byLanguage.get(language);
    if (known == null) {
      known =
          steps.findAllInOrder(StepRepository.DEFAULT_PROGRAM).stream()
              .map(step -> overview(step, language))
              .toList();
      byLanguage.put(language, known);
    }
    return known;
  }

  public Optional<StepOverview> step(String slug, Language language) {
    if (slug == null || slug.isBlank() || slug.length() > 80) {
      return Optional.empty();
    }
    return steps(language).stream().filter(s -> s.getSlug().equals(slug)).findFirst();
  }

  /** Reads the steps again on the next call. */
  public void forget() {
    byLanguage.clear();
  }

  private static StepOverview overview(Step step, Language language) {
    return new StepOverview(
        step.getPosition(),
        step.getSlug(),
        step.getTitle().in(language),
        step.getSummary().in(language));
  }
}
