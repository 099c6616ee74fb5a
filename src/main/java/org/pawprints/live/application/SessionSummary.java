package org.pawprints.live.application;

import java.time.LocalDateTime;
import java.util.List;
import org.pawprints.live.domain.Tally;

/**
 * A session afterwards, for its facilitators: who came, and each activity's results as the room may
 * see them (an aggregate only from {@link org.pawprints.live.domain.ResultsRule#MIN_ANSWERS}
 * answers up, open answers only once approved), with the facilitator's private notes.
 */
public record SessionSummary(
    long sessionId,
    String title,
    String cohortName,
    LocalDateTime startsAt,
    String stateName,
    List<String> attended,
    List<String> couplesAttended,
    int threshold,
    List<Item> activities) {

  /** One agenda item afterwards. {@code tally} and {@code approved} are empty below the rule. */
  public record Item(
      int position,
      String kindName,
      String title,
      boolean takesAnswers,
      long answered,
      boolean shown,
      Tally tally,
      List<String> approved,
      String notes,
      String notesHtml) {

    /** Answers were asked for, but too few came to show anything. */
    public boolean tooFew() {
      return takesAnswers && !shown;
    }

    public boolean hasTally() {
      return tally != null;
    }
  }

  public int attendedCount() {
    return attended.size();
  }
}
