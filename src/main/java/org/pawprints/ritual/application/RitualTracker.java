package org.pawprints.ritual.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.pawprints.cohort.domain.WorkshopWeek;

/** One week of the caller's rituals (and their partner's, when shown), ready for a page. */
public final class RitualTracker implements Serializable {

  private static final long serialVersionUID = 1L;

  private final WorkshopWeek week;
  private final LocalDate today;
  private final boolean planned;
  private final PartnerRituals partner;
  private final List<TrackedRitual> rituals;

  RitualTracker(
      WorkshopWeek week,
      LocalDate today,
      boolean planned,
      PartnerRituals partner,
      List<TrackedRitual> rituals) {
    this.week = week;
    this.today = today;
    this.planned = planned;
    this.partner = partner;
    this.rituals = List.copyOf(rituals);
  }

  public WorkshopWeek getWeek() {
    return week;
  }

  public LocalDate getToday() {
    return today;
  }

  public boolean isCurrentWeek() {
    return week.contains(today);
  }

  /** Whether I have planned at least one ritual; if not, the page shows the way to the planner. */
  public boolean isPlanned() {
    return planned;
  }

  public PartnerRituals getPartner() {
    return partner;
  }

  public List<TrackedRitual> getRituals() {
    return rituals;
  }
}
