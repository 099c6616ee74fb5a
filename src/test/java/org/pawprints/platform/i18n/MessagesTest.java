package org.pawprints.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void aNumberedTextReadsAsTheBundleFormatsItInEachLanguage() {
    assertEquals("Step 3", Messages.numbered(Language.EN, "step.label", 3));
    assertEquals("Étape 3", Messages.numbered(Language.FR, "step.label", 3));
  }

  @Test
  void aNumberedTextIsFormattedOnceAndKept() {
    assertSame(
        Messages.numbered(Language.EN, "step.label", 5),
        Messages.numbered(Language.EN, "step.label", 5));
  }

  @Test
  void aNumberPastWhatIsKeptIsStillFormatted() {
    assertEquals("Step 1,234", Messages.numbered(Language.EN, "step.label", 1234));
  }
}
