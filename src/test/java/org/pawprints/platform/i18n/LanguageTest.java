package org.pawprints.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void everyFrenchLocaleIsCanadianFrench() {
    assertEquals(Optional.of(Language.FR), Language.of(Locale.FRANCE));
    assertEquals(Optional.of(Language.FR), Language.of(Locale.forLanguageTag("fr-CA")));
    assertEquals("fr-CA", Language.FR.tag());
  }

  @Test
  void codesAreForgivingButStrict() {
    assertEquals(Optional.of(Language.EN), Language.ofCode(" EN "));
    assertEquals(Optional.of(Language.FR), Language.ofCode("fr"));
    assertTrue(Language.ofCode("de").isEmpty());
    assertTrue(Language.ofCode("<script>").isEmpty());
    assertTrue(Language.ofCode("").isEmpty());
    assertTrue(Language.ofCode(null).isEmpty());
  }
}
