package org.pawprints.ritual.application;

import java.io.Serializable;
import java.time.LocalDate;

/** One day of one ritual in the tracker: who did it, and whether I may tick it. */
public final class TrackedDay implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final boolean mineDone;
  private final boolean partnerDone;
  private final boolean plannedForMe;
  private final boolean plannedForPartner;
  private final boolean tickable;
  private final boolean future;

  TrackedDay(
      LocalDate date,
      boolean mineDone,
      boolean partnerDone,
      boolean plannedForMe,
      boolean plannedForPartner,
      boolean tickable,
      boolean future) {
    this.date = date;
    this.mineDone = mineDone;
    this.partnerDone = partnerDone;
    this.plannedForMe = plannedForMe;
    this.plannedForPartner = plannedForPartner;
    this.tickable = tickable;
    this.future = future;
  }

  public LocalDate getDate() {
    return date;
  }

  /** The date as the tick form sends it (ISO, {@code 2026-11-24}). */
  public String getIso() {
    return date.toString();
  }

  public boolean isMineDone() {
    return mineDone;
  }

  public boolean isPartnerDone() {
    return partnerDone;
  }

  public boolean isPlannedForMe() {
    return plannedForMe;
  }

  public boolean isPlannedForPartner() {
    return plannedForPartner;
  }

  /** My ritual, a planned day, not in the future, within this week or last. */
  public boolean isTickable() {
    return tickable;
  }

  public boolean isFuture() {
    return future;
  }
}
