package org.pawprints.closeness.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {

  @Test
  void aRatingIsAWholeNumberFromOneToTen() {
    assertEquals(1, CheckInRules.rating("1").value());
    assertEquals(10, CheckInRules.rating(" 10 ").value());
    assertEquals(Optional.empty(), CheckInRules.rating("7").problemKey());
  }

  @Test
  void aMissingRatingIsAskedFor() {
    assertEquals(Optional.of("closeness.ratingRequired"), CheckInRules.rating(null).problemKey());
    assertEquals(Optional.of("closeness.ratingRequired"), CheckInRules.rating("  ").problemKey());
  }

  @Test
  void anythingElseIsRefusedWithItsReason() {
    assertEquals(
        Optional.of("closeness.ratingNotANumber"), CheckInRules.rating("ten").problemKey());
    assertEquals(
        Optional.of("closeness.ratingNotANumber"), CheckInRules.rating("7.5").problemKey());
    assertEquals(
        Optional.of("closeness.ratingNotANumber"),
        CheckInRules.rating("99999999999999").problemKey());
    assertEquals(Optional.of("closeness.ratingOutOfRange"), CheckInRules.rating("0").problemKey());
    assertEquals(Optional.of("closeness.ratingOutOfRange"), CheckInRules.rating("11").problemKey());
    assertEquals(Optional.of("closeness.ratingOutOfRange"), CheckInRules.rating("-3").problemKey());
  }

  @Test
  void aNoteHasAtMostFiveHundredCharacters() {
    assertEquals(Optional.empty(), CheckInRules.noteProblem(null));
    assertEquals(Optional.empty(), CheckInRules.noteProblem("x".repeat(500)));
    assertEquals(Optional.of("closeness.noteTooLong"), CheckInRules.noteProblem("x".repeat(501)));
    // An emoji counts as two, as the browser's maxlength counts it.
    assertEquals(Optional.of("closeness.noteTooLong"), CheckInRules.noteProblem("🐾".repeat(251)));
  }

  @Test
  void anEmptyNoteIsNotKept() {
    assertNull(CheckInRules.normalizedNote("   "));
    assertNull(CheckInRules.normalizedNote(null));
    assertEquals(
        "<script>hi</script> 🐾", CheckInRules.normalizedNote("  <script>hi</script> 🐾 "));
  }
}
