package org.pawprints.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.pawprints.care.domain.FollowUp;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.care.domain.FollowUpRepository;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.couple.domain.CoupleRepository;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.PersonRepository;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;

/**
 * A cohort's private follow-up list: "check in privately with X", and the reason. Other features'
 * services open items (the safety check, with its author's agreement; nudges, when a nudge changed
 * nothing); only the cohort's facilitators and administrators read the list, mark items done with a
 * private note, and reopen them. A participant never reads it, not even about themselves. An item
 * names a person or a couple and a reason: never answers or words, which this service never sees.
 */
@ApplicationScoped
public class FollowUps {

  /** How many done items the page shows under the open ones. */
  public static final int DONE_SHOWN = 20;

  @Inject AccessPolicy access;
  @Inject FollowUpRepository store;
  @Inject CohortRepository cohorts;
  @Inject CoupleRepository couples;
  @Inject PersonRepository people;

  Clock clock = Clock.systemUTC();

  /**
   * Puts a person on their cohort's list for this reason, unless an open item says so already. For
   * other services, which decide when (this one does not ask who is signed in); the person must be
   * a member of the cohort.
   */
  public void openAboutPerson(long cohortId, long personId, FollowUpReason reason) {
    if (!cohorts.memberIds(cohortId).contains(personId)) {
      throw new Refusal("followUp.notInCohort");
    }
    UniqueKeyRace.retryOnce(
        () -> store.openOnce(FollowUp.aboutPerson(cohortId, personId, reason, clock.instant())));
  }

  /** The same for a couple of the cohort (a nudge that went to both partners). */
  public void openAboutCouple(long cohortId, long coupleId, FollowUpReason reason) {
    boolean ofCohort = couples.ofCohort(cohortId).stream().anyMatch(c -> c.getId() == coupleId);
    if (!ofCohort) {
      throw new Refusal("followUp.notInCohort");
    }
    UniqueKeyRace.retryOnce(
        () -> store.openOnce(FollowUp.aboutCouple(cohortId, coupleId, reason, clock.instant())));
  }

  /**
   * Clears the open item about this person for this reason, if there is one (the reason went away:
   * the person is active again). For the service that opened it; it shows as cleared, by nobody.
   */
  public void clearAboutPerson(long cohortId, long personId, FollowUpReason reason) {
    clear(cohortId, FollowUp.key(personId, null, reason));
  }

  /** The same for a couple. */
  public void clearAboutCouple(long cohortId, long coupleId, FollowUpReason reason) {
    clear(cohortId, FollowUp.key(null, coupleId, reason));
  }

  private void clear(long cohortId, String key) {
    store
        .openWithKey(cohortId, key)
        .ifPresent(
            item -> {
              item.clear(clock.instant());
              store.save(item);
            });
  }

  /** The open items of a cohort the viewer facilitates (or any, for an administrator). */
  public List<FollowUpLine> open(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    return store.openOf(cohortId).stream().map(this::line).toList();
  }

  /** The items done most recently, with their private notes, for the same people. */
  public List<FollowUpLine> recentlyDone(long cohortId) {
    access.requireFacilitatorOf(cohortId);
    return store.doneOf(cohortId, DONE_SHOWN).stream().map(this::line).toList();
  }

  /** Marks an open item done, with a private note (may be blank). */
  public void markDone(long itemId, String note) {
    String kept = note == null ? "" : note.strip();
    if (kept.length() > FollowUp.MAX_NOTE) {
      throw new Refusal("followUp.noteTooLong", FollowUp.MAX_NOTE);
    }
    FollowUp item = facilitated(itemId);
    if (!item.isOpen()) {
      throw new Refusal("followUp.alreadyDone");
    }
    long by = access.viewer().personId();
    item.markDone(by, kept.isEmpty() ? null : kept, clock.instant());
    store.save(item);
  }

  /** Opens a done item again, unless the same person already has an open one for that reason. */
  public void reopen(long itemId) {
    FollowUp item = facilitated(itemId);
    if (item.isOpen()) {
      return;
    }
    boolean alreadyOpen =
        store.openOf(item.getCohortId()).stream()
            .anyMatch(
                other ->
                    other.getReason() == item.getReason()
                        && Objects.equals(other.getPersonId(), item.getPersonId())
                        && Objects.equals(other.getCoupleId(), item.getCoupleId()));
    if (alreadyOpen) {
      throw new Refusal("followUp.alreadyOpen");
    }
    item.reopen(clock.instant());
    store.save(item);
  }

  /**
   * The item, when the viewer facilitates its cohort; an unknown id is refused like a foreign one.
   */
  private FollowUp facilitated(long itemId) {
    FollowUp item = store.find(itemId).orElseThrow(() -> new Refusal("followUp.unknown"));
    access.requireFacilitatorOf(item.getCohortId());
    return item;
  }

  private FollowUpLine line(FollowUp item) {
    List<String> who =
        item.getCoupleId() != null
            ? coupleNames(item.getCohortId(), item.getCoupleId())
            : List.of(name(item.getPersonId()));
    return new FollowUpLine(
        item.getId(),
        who,
        item.getReason(),
        item.getOpenedAt(),
        item.getDoneAt(),
        item.getDoneBy() == null ? "" : name(item.getDoneBy()),
        item.getNote());
  }

  private List<String> coupleNames(long cohortId, long coupleId) {
    return couples.ofCohort(cohortId).stream()
        .filter(c -> c.getId() == coupleId)
        .findFirst()
        .map(c -> List.of(name(c.getPersonA()), name(c.getPersonB())))
        .orElse(List.of(""));
  }

  private String name(Long personId) {
    return personId == null ? "" : people.find(personId).map(Person::getDisplayName).orElse("");
  }
}
