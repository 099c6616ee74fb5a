package org.pawprints.live.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.refusal.Refusal;

/** How answers are stored and counted, and which moves the session's state allows. */
class AnswerFormatTest {

  private static LiveActivity poll(PollChoice choice, String... options) {
    return new LiveActivity(
        1,
        0,
        new ActivityDraft(
                ActivityKind.POLL, "Poll", null, choice, null, List.of(options), Set.of(), null, 3)
            .checked());
  }

  @Test
  void aMultipleChoiceAnswerIsStoredSortedAndCountedPerOption() {
    LiveActivity poll = poll(PollChoice.MULTIPLE, "Tea", "Walk", "Talk");
    assertEquals("0,2", AnswerFormat.normalized(poll, "2, 0"));
    Tally tally = Tally.of(poll, List.of("0,2", "2", "1"));
    assertEquals(3, tally.answered());
    assertEquals(List.of(1L, 1L, 2L), tally.bars().stream().map(Tally.Bar::count).toList());
    assertEquals(67, tally.bars().get(2).percent());
  }

  @Test
  void aSingleChoicePollRefusesTwoOptionsAndOptionsThatDoNotExist() {
    LiveActivity poll = poll(PollChoice.SINGLE, "Yes", "No");
    assertEquals(
        "live.answer.oneOnly",
        assertThrows(Refusal.class, () -> AnswerFormat.normalized(poll, "0,1")).messageKey());
    assertEquals(
        "live.answer.noSuchOption",
        assertThrows(Refusal.class, () -> AnswerFormat.normalized(poll, "2")).messageKey());
    assertEquals(
        "live.answer.empty",
        assertThrows(Refusal.class, () -> AnswerFormat.normalized(poll, " ")).messageKey());
  }

  @Test
  void aScaleTakesOneToTenAndIsCountedOnTenBars() {
    LiveActivity scale = poll(PollChoice.SCALE);
    assertEquals("7", AnswerFormat.normalized(scale, "7"));
    assertThrows(Refusal.class, () -> AnswerFormat.normalized(scale, "11"));
    assertThrows(Refusal.class, () -> AnswerFormat.normalized(scale, "0"));
    Tally tally = Tally.of(scale, List.of("7", "7", "3"));
    assertEquals(10, tally.bars().size());
    assertEquals(2, tally.bars().get(6).count());
  }

  @Test
  void theStateOnlyMovesForward() {
    assertTrue(SessionState.SCHEDULED.mayMoveTo(SessionState.LOBBY));
    assertTrue(SessionState.LOBBY.mayMoveTo(SessionState.RUNNING));
    assertFalse(SessionState.RUNNING.mayMoveTo(SessionState.LOBBY));
    assertFalse(SessionState.ENDED.mayMoveTo(SessionState.RUNNING));
    assertTrue(SessionState.ENDED.next().isEmpty());
  }

  @Test
  void resultsNeedTheRevealAndFiveAnswers() {
    assertFalse(ResultsRule.shown(false, 30));
    assertFalse(ResultsRule.shown(true, 4));
    assertTrue(ResultsRule.shown(true, 5));
  }
}
