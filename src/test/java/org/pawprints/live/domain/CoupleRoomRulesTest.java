package org.pawprints.live.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.refusal.Refusal;

/** The small rules of couple activities: floor prompts, helper labels, an offer's fingerprint. */
class CoupleRoomRulesTest {

  @Test
  void floorPromptsTravelAsMarkedOptionLinesAndComeBackTheSame() {
    FloorPrompts prompts = new FloorPrompts(List.of(" Say how you feel ", ""), List.of("Echo it"));
    List<String> lines = prompts.toOptionLines();
    assertEquals(List.of("S:Say how you feel", "L:Echo it"), lines);
    assertEquals(prompts, FloorPrompts.of(lines));
    assertTrue(FloorPrompts.allMarked(lines));
    assertFalse(FloorPrompts.allMarked(List.of("S:ok", "unmarked")));
  }

  @Test
  void aHelperLabelIsAShortPlaceName() {
    assertEquals("Table 4", HelperLabel.checked("  Table   4 "));
    assertEquals("Salle B-2 (étage)", HelperLabel.checked("Salle B-2 (étage)"));
    assertEquals("live.helper.labelRequired", refusal(" "));
    assertEquals("live.helper.labelRequired", refusal(null));
    assertEquals("live.helper.labelInvalid", refusal("<b>Table</b>"));
    assertEquals("live.helper.labelInvalid", refusal("Table 4; DROP"));
    assertEquals("live.helper.labelInvalid", refusal("x".repeat(31)));
    assertEquals("x".repeat(30), HelperLabel.checked("x".repeat(30)));
  }

  @Test
  void anOffersFingerprintChangesWithAnyChangeOfItsText() {
    String print = LiveShare.fingerprintOf("Small waves matter");
    assertEquals(64, print.length());
    assertEquals(print, LiveShare.fingerprintOf("Small waves matter"));
    assertNotEquals(print, LiveShare.fingerprintOf("Small waves matter."));
  }

  private static String refusal(String label) {
    return assertThrows(Refusal.class, () -> HelperLabel.checked(label)).messageKey();
  }
}
