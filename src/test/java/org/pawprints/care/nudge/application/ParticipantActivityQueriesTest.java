package org.pawprints.care.nudge.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of activity is read as each person's latest row, its time selected as an attribute:
 * {@code MAX} of a time in the select list comes back from PostgreSQL as a bare Timestamp that the
 * Instant converter refuses, and the nudges' sweep failed on every cohort (NudgesIT, run on
 * PostgreSQL). On H2 both forms work, so this test reads the queries themselves.
 */
class ParticipantActivityQueriesTest {

  @Test
  void eachKindOfActivitySelectsItsTimeNotAnAggregateOfIt() {
    List<String> queries = ParticipantActivity.queries();
    assertEquals(
        10,
        queries.size(),
        "answers, screens, quizzes, moments, bids, repairs, rituals,"
            + " check-ins, live rooms and appreciations");
    for (String query : queries) {
      String selectList = query.substring(0, query.indexOf(" FROM "));
      assertFalse(selectList.contains("MAX(") || selectList.contains("MIN("), query);
    }
  }
}
