package org.pawprints.ritual.application;

import java.io.Serializable;
import java.util.List;
import org.pawprints.ritual.domain.RitualFrequency;

/**
 * One ritual in the tracker: planned by me, by my partner, or by both (the same suggestion), with
 * this week's days, each partner's count toward their plan and their streak. A ritual only my
 * partner planned is shown (once revealed) but I do not tick it: each partner ticks their own.
 */
public final class TrackedRitual implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String key;
  private final String label;
  private final RitualFrequency myFrequency;
  private final RitualFrequency partnerFrequency;
  private final List<TrackedDay> days;
  private final int myCount;
  private final int partnerCount;
  private final int myStreak;
  private final int partnerStreak;

  TrackedRitual(
      String id,
      String key,
      String label,
      RitualFrequency myFrequency,
      RitualFrequency partnerFrequency,
      List<TrackedDay> days,
      int[] counts,
      int[] streaks) {
    this.id = id;
    this.key = key;
    this.label = label;
    this.myFrequency = myFrequency;
    this.partnerFrequency = partnerFrequency;
    this.days = List.copyOf(days);
    this.myCount = counts[0];
    this.partnerCount = counts[1];
    this.myStreak = streaks[0];
    this.partnerStreak = streaks[1];
  }

  /** A stable, HTML-safe element id: {@code mine-}, {@code both-} or {@code partner-} + the key. */
  public String getId() {
    return id;
  }

  /** What the tick form sends: the suggestion id, or {@code custom}. */
  public String getKey() {
    return key;
  }

  /** The suggestion's label in the viewer's language, or the words the person wrote. */
  public String getLabel() {
    return label;
  }

  public boolean isMine() {
    return myFrequency != null;
  }

  public boolean isPartners() {
    return partnerFrequency != null;
  }

  public boolean isBoth() {
    return isMine() && isPartners();
  }

  public String getMyFrequency() {
    return myFrequency == null ? null : myFrequency.name();
  }

  public String getPartnerFrequency() {
    return partnerFrequency == null ? null : partnerFrequency.name();
  }

  public int getMyTarget() {
    return myFrequency == null ? 0 : myFrequency.timesPerWeek();
  }

  public int getPartnerTarget() {
    return partnerFrequency == null ? 0 : partnerFrequency.timesPerWeek();
  }

  public List<TrackedDay> getDays() {
    return days;
  }

  public int getMyCount() {
    return myCount;
  }

  public int getPartnerCount() {
    return partnerCount;
  }

  public int getMyStreak() {
    return myStreak;
  }

  public int getPartnerStreak() {
    return partnerStreak;
  }
}
