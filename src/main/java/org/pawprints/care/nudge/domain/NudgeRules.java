package org.pawprints.care.nudge.domain;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.pawprints.platform.refusal.Refusal;

/**
 * A cohort's nudge settings: after {@code inactiveDays} days (N) a nudge; {@code followUpDays} (M)
 * more days without change and the facilitator's follow-up list; which reasons are on; and how many
 * points (on the 1 to 10 check-in scale) a weekly check-in must drop to count as sharp.
 */
public record NudgeRules(
    int inactiveDays,
    int followUpDays,
    boolean inactivityOn,
    boolean paceOn,
    boolean missedLiveOn,
    boolean checkInDropOn,
    int checkInDrop)
    implements Serializable {

  public static final int MIN_DAYS = 1;
  public static final int MAX_DAYS = 60;
  public static final int MIN_DROP = 1;
  public static final int MAX_DROP = 9;

  /** A week of quiet, five more days before the facilitator hears, a drop of 3 points on 10. */
  public static final NudgeRules DEFAULTS = new NudgeRules(7, 5, true, true, true, true, 3);

  /** These rules, or a refusal naming the first value out of range. */
  public NudgeRules checked() {
    if (inactiveDays < MIN_DAYS || inactiveDays > MAX_DAYS) {
      throw new Refusal("nudge.rules.inactiveDaysRange", MIN_DAYS, MAX_DAYS);
    }
    if (followUpDays < MIN_DAYS || followUpDays > MAX_DAYS) {
      throw new Refusal("nudge.rules.followUpDaysRange", MIN_DAYS, MAX_DAYS);
    }
    if (checkInDrop < MIN_DROP || checkInDrop > MAX_DROP) {
      throw new Refusal("nudge.rules.checkInDropRange", MIN_DROP, MAX_DROP);
    }
    return this;
  }

  /** The reasons these rules look for. */
  public Set<NudgeReason> reasonsOn() {
    Set<NudgeReason> on = EnumSet.noneOf(NudgeReason.class);
    if (inactivityOn) {
      on.add(NudgeReason.INACTIVE);
    }
    if (paceOn) {
      on.add(NudgeReason.BEHIND_PACE);
    }
    if (missedLiveOn) {
      on.add(NudgeReason.MISSED_LIVE);
    }
    if (checkInDropOn) {
      on.add(NudgeReason.CHECK_IN_DROP);
    }
    return on;
  }
}
