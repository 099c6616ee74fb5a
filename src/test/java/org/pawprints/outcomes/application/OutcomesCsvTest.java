package org.pawprints.outcomes.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.outcomes.domain.Change;
import org.pawprints.outcomes.domain.Wave;

/** The outcomes CSV: figures stay numbers, a name that looks like a formula stays text. */
class OutcomesCsvTest {

  @Test
  void aFormulaInTheCohortsNameIsTextAndANegativeChangeIsANumber() {
    Change fall =
        Change.of(List.of(new Change.Pair(4, 3), new Change.Pair(4, 3), new Change.Pair(4, 3.5)));
    CohortOutcomes report =
        new CohortOutcomes(
            7,
            "=HYPERLINK(\"http://x\")",
            4,
            3,
            List.of(new WaveRate(Wave.START, 3, 4)),
            List.of(new VersionOutcomes(1, "Ours", 5, fall, Change.of(List.of()), 3)));
    String csv = OutcomesCsv.of(report);
    assertTrue(csv.startsWith("section,wave,version,measure,value\r\n"), csv);
    assertTrue(csv.contains("cohort,,,name,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"), csv);
    assertTrue(csv.contains("responses,START,,percent,75\r\n"), csv);
    assertTrue(csv.contains("change,START_TO_END,1,meanChange,-0.83\r\n"), csv);
    assertTrue(
        csv.contains("change,START_TO_FOLLOW_UP,1,withheld,fewerThanSmallestGroup\r\n"), csv);
    assertEquals("'-cmd", OutcomesCsv.guard("-cmd"));
  }
}
