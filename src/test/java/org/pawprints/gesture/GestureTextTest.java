package org.pawprints.gesture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.pawprints.gesture.application.GestureText;
import org.pawprints.platform.refusal.Refusal;

/** What a participant types into a gesture: trimmed, bounded, otherwise kept as written. */
class GestureTextTest {

  @Test
  void blankOptionalWordsAreNoWords() {
    assertNull(GestureText.optional(null, 10, "tooLong"));
    assertNull(GestureText.optional(" \n\t ", 10, "tooLong"));
    assertEquals("hi 🌿", GestureText.optional("  hi 🌿 ", 10, "tooLong"));
  }

  @Test
  void wordsAreBoundedAsTheBrowserCountsThem() {
    assertEquals("x".repeat(10), GestureText.optional("x".repeat(10), 10, "tooLong"));
    assertEquals(
        "tooLong",
        assertThrows(Refusal.class, () -> GestureText.optional("x".repeat(11), 10, "tooLong"))
            .messageKey());
    assertEquals(
        "empty",
        assertThrows(Refusal.class, () -> GestureText.required("   ", 10, "empty", "long"))
            .messageKey());
  }

  @Test
  void markupIsKeptAsTextForThePageToEscape() {
    assertEquals(
        "<script>alert(1)</script>",
        GestureText.required("<script>alert(1)</script>", 500, "empty", "long"));
  }

  @Test
  void onlyAWellFormedSubmissionKeyIsAccepted() {
    String key = "3f2c1e9a-1b2c-4d5e-8f90-a1b2c3d4e5f6";
    assertEquals(key, GestureText.submission(key));
    for (String bad :
        new String[] {null, "", "short", "<script>alert(1)</script>", "x".repeat(41)}) {
      assertEquals(
          "gesture.tryAgain",
          assertThrows(Refusal.class, () -> GestureText.submission(bad)).messageKey());
    }
  }
}
