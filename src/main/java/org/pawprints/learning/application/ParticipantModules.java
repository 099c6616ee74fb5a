package org.pawprints.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import org.pawprints.cohort.application.CohortPacing;
import org.pawprints.curriculum.content.application.ExerciseView;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;

/**
 * The checks every learning action starts with: who is asking (a signed-in participant) and which
 * module and exercise they mean (existing ones only). Exercise and question ids are the same in
 * both languages, so English content serves for validation.
 */
@ApplicationScoped
public class ParticipantModules {

  @Inject AccessPolicy access;
  @Inject ModuleCatalog catalog;
  @Inject CohortPacing pacing;

  /** The signed-in participant's id. */
  public long participant() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }

  public ModuleView module(String stepSlug) {
    return catalog.module(stepSlug, Language.EN).orElseThrow(() -> new Refusal("module.unknown"));
  }

  /** Whether the module is open to me: my cohort is self-paced, or its facilitator opened it. */
  public boolean isOpenToMe(String stepSlug) {
    return pacing.isOpen(participant(), stepSlug);
  }

  /** Which of these modules are open to me, in one read of my cohorts. */
  public Set<String> openToMe(Collection<String> stepSlugs) {
    long me = participant();
    return stepSlugs.isEmpty() ? Set.of() : pacing.openOf(me, stepSlugs);
  }

  /** A module I may work in now; a locked one is refused, whatever the page sent. */
  public ModuleView openModule(String stepSlug) {
    ModuleView module = module(stepSlug);
    if (!isOpenToMe(stepSlug)) {
      throw new Refusal("module.locked");
    }
    return module;
  }

  public ExerciseView exercise(String stepSlug, String exerciseId) {
    return openModule(stepSlug)
        .exercise(exerciseId)
        .orElseThrow(() -> new Refusal("exercise.unknown"));
  }
}
