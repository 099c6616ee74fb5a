package org.pawprints.care.nudge.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.refusal.Refusal;

/** Which reasons apply, and which rules a cohort may store: without a database or a clock. */
class FallingBehindTest {

  private static final Instant NOW = Instant.parse("2031-03-05T15:00:00Z");
  private static final NudgeRules RULES = NudgeRules.DEFAULTS;

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static MemberFacts activeDaysAgo(int days) {
    return new MemberFacts(1, daysAgo(30), daysAgo(days), null, false, null, null, null);
  }

  @Test
  void sevenQuietDaysAreInactivitySixAreNot() {
    assertEquals(Set.of(NudgeReason.INACTIVE), FallingBehind.reasons(activeDaysAgo(7), RULES, NOW));
    assertEquals(Set.of(), FallingBehind.reasons(activeDaysAgo(6), RULES, NOW));
  }

  @Test
  void someoneWhoDidNothingYetCountsFromTheDayTheyJoined() {
    MemberFacts joinedThreeDaysAgo =
        new MemberFacts(1, daysAgo(3), null, null, false, null, null, null);
    MemberFacts joinedTenDaysAgo =
        new MemberFacts(1, daysAgo(10), null, null, false, null, null, null);
    assertEquals(Set.of(), FallingBehind.reasons(joinedThreeDaysAgo, RULES, NOW));
    assertEquals(Set.of(NudgeReason.INACTIVE), FallingBehind.reasons(joinedTenDaysAgo, RULES, NOW));
  }

  @Test
  void aReasonTurnedOffNeverApplies() {
    NudgeRules quiet = new NudgeRules(7, 5, false, true, true, true, 3);
    MemberFacts behindAndAway =
        new MemberFacts(1, daysAgo(30), daysAgo(20), "gentle-start-up", true, null, null, null);
    assertEquals(
        Set.of(NudgeReason.BEHIND_PACE, NudgeReason.MISSED_LIVE),
        FallingBehind.reasons(behindAndAway, quiet, NOW));
  }

  @Test
  void aCheckInDropCountsFromTheThresholdAndOnlyWhileRecent() {
    assertTrue(FallingBehind.droppedSharply(checkIns(8, 5, 1), RULES, NOW), "3 points on 10");
    assertFalse(FallingBehind.droppedSharply(checkIns(8, 6, 1), RULES, NOW), "2 points");
    assertFalse(FallingBehind.droppedSharply(checkIns(5, 8, 1), RULES, NOW), "a rise");
    assertFalse(FallingBehind.droppedSharply(checkIns(8, 2, 9), RULES, NOW), "an old drop");
    assertFalse(
        FallingBehind.droppedSharply(
            new MemberFacts(1, daysAgo(30), daysAgo(1), null, false, 2, daysAgo(1), null),
            RULES,
            NOW),
        "a first check-in has nothing to drop from");
  }

  private static MemberFacts checkIns(int previous, int latest, int daysAgo) {
    return new MemberFacts(
        1, daysAgo(30), daysAgo(daysAgo), null, false, latest, daysAgo(daysAgo), previous);
  }

  @Test
  void rulesOutOfRangeAreRefusedWithTheRangeInTheMessage() {
    Refusal days =
        assertThrows(
            Refusal.class, () -> new NudgeRules(0, 5, true, true, true, true, 3).checked());
    assertEquals("nudge.rules.inactiveDaysRange", days.messageKey());
    assertEquals(
        "nudge.rules.followUpDaysRange",
        assertThrows(
                Refusal.class, () -> new NudgeRules(7, 61, true, true, true, true, 3).checked())
            .messageKey());
    assertEquals(
        "nudge.rules.checkInDropRange",
        assertThrows(
                Refusal.class, () -> new NudgeRules(7, 5, true, true, true, true, 10).checked())
            .messageKey());
    assertEquals(RULES, RULES.checked());
  }

  @Test
  void aChangeIsActivityLaterThanTheOneTheNudgeSaw() {
    Nudge nudge = new Nudge(9, 1, NudgeReason.INACTIVE, daysAgo(8), NOW);
    assertFalse(nudge.changedSince(daysAgo(8)));
    assertTrue(nudge.changedSince(daysAgo(1)));
    Nudge never = new Nudge(9, 1, NudgeReason.INACTIVE, null, NOW);
    assertFalse(never.changedSince(null));
    assertTrue(never.changedSince(daysAgo(0)));
    assertFalse(never.dueForFollowUp(Duration.ofDays(5), NOW.plus(Duration.ofDays(4))));
    assertTrue(never.dueForFollowUp(Duration.ofDays(5), NOW.plus(Duration.ofDays(5))));
  }
}
