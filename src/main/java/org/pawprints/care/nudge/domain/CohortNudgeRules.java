package org.pawprints.care.nudge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The nudge rules a cohort's staff chose; a cohort without a row uses the defaults. */
@Entity
@Table(name = "care_nudge_rules")
public class CohortNudgeRules {

  @Id
  @Column(name = "cohort_id")
  private Long cohortId;

  @Column(name = "inactive_days", nullable = false)
  private int inactiveDays;

  @Column(name = "follow_up_days", nullable = false)
  private int followUpDays;

  @Column(name = "inactivity_on", nullable = false)
  private boolean inactivityOn;

  @Column(name = "pace_on", nullable = false)
  private boolean paceOn;

  @Column(name = "missed_live_on", nullable = false)
  private boolean missedLiveOn;

  @Column(name = "check_in_drop_on", nullable = false)
  private boolean checkInDropOn;

  @Column(name = "check_in_drop", nullable = false)
  private int checkInDrop;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CohortNudgeRules() {}

  public CohortNudgeRules(long cohortId, NudgeRules rules, Instant now) {
    this.cohortId = cohortId;
    change(rules, now);
  }

  /** New rules; they are checked here too, so no caller can store rules out of range. */
  public final void change(NudgeRules rules, Instant now) {
    NudgeRules checked = rules.checked();
    this.inactiveDays = checked.inactiveDays();
    this.followUpDays = checked.followUpDays();
    this.inactivityOn = checked.inactivityOn();
    this.paceOn = checked.paceOn();
    this.missedLiveOn = checked.missedLiveOn();
    this.checkInDropOn = checked.checkInDropOn();
    this.checkInDrop = checked.checkInDrop();
    this.updatedAt = now;
  }

  public NudgeRules rules() {
    return new NudgeRules(
        inactiveDays, followUpDays, inactivityOn, paceOn, missedLiveOn, checkInDropOn, checkInDrop);
  }

  public Long getCohortId() {
    return cohortId;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
