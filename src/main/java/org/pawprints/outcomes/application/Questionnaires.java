package org.pawprints.outcomes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pawprints.cohort.application.CurrentCohort;
import org.pawprints.cohort.application.MemberCohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.OneTimeTokens;
import org.pawprints.identity.domain.Role;
import org.pawprints.outcomes.domain.FollowUpLink;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.OutcomeRepository;
import org.pawprints.outcomes.domain.Response;
import org.pawprints.outcomes.domain.Scoring;
import org.pawprints.outcomes.domain.Wave;
import org.pawprints.outcomes.domain.Waves;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.time.ServerClock;

/**
 * The closeness questionnaire for the signed-in participant, in their current cohort. No method
 * takes a person id: a person answers for themselves, once per wave, and nobody else ever reads
 * their answers (the report counts and averages only). Nothing here touches the partner: no notice,
 * no trace on shared screens.
 */
@ApplicationScoped
public class Questionnaires {

  @Inject AccessPolicy access;
  @Inject CurrentCohort currentCohort;
  @Inject MemberCohorts memberCohorts;
  @Inject CohortRepository cohorts;
  @Inject OutcomeRepository store;
  // The waves are days after the cohort's dates: tests move this clock instead of waiting months.
  @Inject ServerClock clock;

  /** The wave open to me now, if I have not answered it yet. */
  public Optional<Offer> offer() {
    long me = participant();
    // The cohort from my cohorts as this page view already read them (the dashboard's other cards
    // ask for them too), rather than one more read of it.
    List<Cohort> mine = memberCohorts.of(me);
    return currentCohort
        .of(me)
        .flatMap(id -> mine.stream().filter(c -> id.equals(c.getId())).findFirst())
        .flatMap(cohort -> openWave(cohort).map(wave -> new Offer(cohort.getId(), wave)))
        .filter(offer -> store.response(me, offer.cohortId(), offer.wave()).isEmpty());
  }

  /** The questions given now: the newest version. */
  public ItemSet questions() {
    participant();
    return store.current();
  }

  /**
   * Saves my answers to the wave open now in my cohort. Refused when that wave is not open, was
   * already answered (two tabs at once: the second is told so), or an answer is missing or off the
   * scale.
   */
  public void answer(Wave wave, Map<Integer, String> sent) {
    long me = participant();
    Offer open =
        currentCohort
            .of(me)
            .flatMap(cohorts::find)
            .flatMap(cohort -> openWave(cohort).map(w -> new Offer(cohort.getId(), w)))
            .filter(offer -> offer.wave() == wave)
            .orElseThrow(() -> new Refusal("outcomes.notOpen"));
    ItemSet set = store.current();
    List<Integer> answers = Scoring.checked(set, sent);
    UniqueKeyRace.retryOnce(
        () -> {
          if (store.response(me, open.cohortId(), wave).isPresent()) {
            throw new Refusal("outcomes.alreadyAnswered");
          }
          store.add(new Response(me, open.cohortId(), wave, set.getId(), answers, clock.now()));
        });
  }

  /** What my follow-up link says, without using it up. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LinkState link(String secret) {
    long me = participant();
    Optional<FollowUpLink> link = find(secret, false).filter(l -> l.belongsTo(me));
    if (link.isEmpty()) {
      return LinkState.INVALID;
    }
    if (link.get().isUsed()
        || store.response(me, link.get().getCohortId(), Wave.FOLLOW_UP).isPresent()) {
      return LinkState.USED;
    }
    return link.get().isUsableAt(clock.now()) ? LinkState.OPEN : LinkState.INVALID;
  }

  /**
   * Saves my follow-up answers through my link and uses the link up, in one transaction: the link
   * is locked, so a second submission (even at the same moment) finds it used.
   */
  @Transactional
  public void answerByLink(String secret, Map<Integer, String> sent) {
    long me = participant();
    FollowUpLink link =
        find(secret, true)
            .filter(l -> l.belongsTo(me))
            .filter(l -> l.isUsableAt(clock.now()))
            .orElseThrow(() -> new Refusal("outcomes.linkInvalid"));
    if (store.response(me, link.getCohortId(), Wave.FOLLOW_UP).isPresent()) {
      throw new Refusal("outcomes.alreadyAnswered");
    }
    ItemSet set = store.current();
    List<Integer> answers = Scoring.checked(set, sent);
    store.add(
        new Response(me, link.getCohortId(), Wave.FOLLOW_UP, set.getId(), answers, clock.now()));
    link.use(clock.now());
  }

  private Optional<Wave> openWave(Cohort cohort) {
    LocalDate today = LocalDate.ofInstant(clock.now(), ZoneId.of(cohort.getTimeZone()));
    return Waves.openOn(today, cohort.getStartsOn(), cohort.getEndsOn());
  }

  private Optional<FollowUpLink> find(String secret, boolean lock) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return store.linkByHash(OneTimeTokens.hash(secret.strip()), lock);
  }

  private long participant() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }
}
