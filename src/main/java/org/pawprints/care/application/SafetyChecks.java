package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.care.domain.SafetyCheck;
import org.pawprints.care.domain.SafetyCheckRepository;
import org.pawprints.care.domain.SafetyQuestion;
import org.pawprints.cohort.application.CurrentCohort;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;

/**
 * The private safety check, for the signed-in participant only: no method takes a person id, and
 * nothing here reads anyone else's. Answering records the answers (codes, never free text) and, if
 * the person agreed on that screen, puts "check in privately with X" on their cohort's follow-up
 * list, without the answers. Nothing else happens: no notification, no email, no audit event, no
 * log line, nothing on a shared screen, so a partner cannot notice that it was ever answered.
 */
@ApplicationScoped
public class SafetyChecks {

  @Inject AccessPolicy access;
  @Inject SafetyCheckRepository store;
  @Inject CurrentCohort currentCohort;
  @Inject FollowUps followUps;

  Clock clock = Clock.systemUTC();

  /** My latest check, if I answered one. */
  public Optional<SafetyCheck> mine() {
    return store.of(me());
  }

  /**
   * Saves my answers (a question left out counts as "I'd rather not say") and, if I agreed, asks my
   * cohort's facilitators to check in with me privately. A value no question offers is refused.
   */
  public SafetyOutcome answer(Map<SafetyQuestion, String> given, boolean askCheckIn) {
    long me = me();
    Map<SafetyQuestion, String> answers = new EnumMap<>(SafetyQuestion.class);
    for (SafetyQuestion question : SafetyQuestion.values()) {
      String option = given == null ? null : given.get(question);
      String kept = option == null || option.isBlank() ? SafetyQuestion.SKIP : option;
      if (!question.allows(kept)) {
        throw new Refusal("safety.unknownAnswer");
      }
      answers.put(question, kept);
    }
    SafetyCheck saved =
        UniqueKeyRace.retryOnce(() -> store.save(me, answers, askCheckIn, clock.instant()));
    boolean asked = false;
    if (askCheckIn) {
      Optional<Long> cohort = currentCohort.of(me);
      if (cohort.isPresent()) {
        followUps.openAboutPerson(cohort.get(), me, FollowUpReason.PRIVATE_CHECK_IN);
        asked = true;
      }
    }
    return new SafetyOutcome(saved.isConcern(), asked, askCheckIn && !asked);
  }

  /**
   * Whether to offer the check on my dashboard now: true once, the first time I am asked (my first
   * sign-in), and never again unasked.
   */
  public boolean offerOnce() {
    long me = me();
    try {
      return UniqueKeyRace.retryOnce(() -> store.offerOnce(me, clock.instant()));
    } catch (RuntimeException raced) {
      // Two first views at once: one of them offers it.
      return false;
    }
  }

  private long me() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }
}
