package org.pawprints.closeness.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.pawprints.closeness.domain.CheckInRepository;
import org.pawprints.closeness.domain.CheckInRules;
import org.pawprints.closeness.domain.CheckInRules.Rating;
import org.pawprints.cohort.application.WorkshopCalendar;
import org.pawprints.couple.application.CurrentCouple;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.Partners;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.persistence.UniqueKeyRace;
import org.pawprints.platform.refusal.Refusal;

/**
 * The weekly closeness check-in for the signed-in participant. No method takes a person id: the
 * caller checks in for themselves, and their partner is looked up ({@link Partners}). A partner's
 * ratings are read only when that partner chose to share them; their notes never are.
 */
@ApplicationScoped
public class CheckIns {

  @Inject AccessPolicy access;
  @Inject Partners partners;
  @Inject IndividualTrack track;
  @Inject WorkshopCalendar calendar;
  @Inject CheckInRepository store;

  /** The Monday of the caller's current week: one check-in per week. */
  public LocalDate thisWeek() {
    return calendar.thisWeek(participant()).monday();
  }

  /** My check-ins, oldest week first (with my notes). */
  public List<CheckInView> mine() {
    return store.of(participant()).stream().map(CheckInView::mine).toList();
  }

  /** My check-in for this week, if I made one. */
  public Optional<CheckInView> mineThisWeek() {
    long me = participant();
    return store.ofWeek(me, calendar.thisWeek(me).monday()).map(CheckInView::mine);
  }

  /**
   * Saves this week's check-in, replacing an earlier one of the same week. The rating arrives as
   * sent (a form field) and is checked here, so a tampered value gets a message, not a row.
   */
  public CheckInView save(String rating, String note) {
    long me = participant();
    Rating parsed = CheckInRules.rating(rating);
    parsed
        .problemKey()
        .ifPresent(
            key -> {
              throw new Refusal(key);
            });
    CheckInRules.noteProblem(note)
        .ifPresent(
            key -> {
              throw new Refusal(key);
            });
    LocalDate week = calendar.thisWeek(me).monday();
    String kept = CheckInRules.normalizedNote(note);
    // Two first check-ins of the week at once: the loser replaces the winner's.
    return CheckInView.mine(
        UniqueKeyRace.retryOnce(() -> store.save(me, week, parsed.value(), kept)));
  }

  /** Whether I share my check-ins with my partner (off unless I said so). */
  public boolean isSharing() {
    return store.isShared(participant());
  }

  /** "Share my check-ins with my partner": on or off, for all my check-ins. */
  public void share(boolean share) {
    store.chooseSharing(participant(), share);
  }

  /** My partner's check-ins, only if they are my partner and chose to share; never their notes. */
  public PartnerCheckIns partners() {
    long me = participant();
    Optional<CurrentCouple> couple = partners.coupleOf(me);
    if (couple.isEmpty()) {
      return new PartnerCheckIns(PartnerSharing.NO_PARTNER, List.of());
    }
    long partner = couple.get().partnerId();
    if (!store.isShared(partner)) {
      return new PartnerCheckIns(PartnerSharing.NOT_SHARED, List.of());
    }
    // Only weeks of this couple: ratings from before we paired were never shared with me.
    LocalDate formed = LocalDate.ofInstant(couple.get().since(), calendar.zoneOf(me));
    return new PartnerCheckIns(
        PartnerSharing.SHARED,
        store.of(partner).stream()
            .filter(week -> !week.getWeekStart().plusDays(6).isBefore(formed))
            // Checked in on the individual track: to me, a week without a check-in.
            .filter(week -> !track.wasOnAt(partner, week.getUpdatedAt()))
            .map(CheckInView::withoutNote)
            .toList());
  }

  private long participant() {
    return access.requireRole(Role.PARTICIPANT).personId();
  }
}
