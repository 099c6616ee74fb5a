package org.pawprints.couple.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairingCodeTest {

  @Test
  void newCodesHaveEightCharactersWithoutLookAlikes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = PairingCode.newCode();
      assertTrue(code.matches("[A-HJKMNP-Z2-9]{8}"), code);
      seen.add(code);
    }
    assertTrue(seen.size() > 1_990, "codes repeat too often: " + seen.size());
  }

  @Test
  void codesAreReadIgnoringCaseSpacesAndDashes() {
    assertEquals(Optional.of("ABCDEFGH"), PairingCode.parse("abcd-efgh"));
    assertEquals(Optional.of("ABCDEFGH"), PairingCode.parse("  AB CD\tEF-GH "));
    assertEquals("ABCD-EFGH", PairingCode.display("ABCDEFGH"));
  }

  @Test
  void whatCannotBeACodeIsRefusedBeforeAnyLookup() {
    for (String bad :
        new String[] {
          null,
          "",
          "ABCDEFG",
          "ABCDEFGHJ",
          "ABCDEFG0",
          "ABCDEFGI",
          "ABCDEFGL",
          "<script>",
          "🐾🐾🐾🐾🐾🐾🐾🐾",
          "A".repeat(10_000),
          "AB-CD-EF-GH" + " ".repeat(40)
        }) {
      assertEquals(Optional.empty(), PairingCode.parse(bad), String.valueOf(bad));
    }
  }
}
