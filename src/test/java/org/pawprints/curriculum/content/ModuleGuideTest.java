package org.pawprints.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pawprints.curriculum.content.application.BundledModules.BundledModule;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocument.Guide;
import org.pawprints.platform.i18n.Language;

/**
 * Every module carries what a participant needs around the lesson (issue 14): a time estimate,
 * three objectives, an opener about last week's practice from step 2 on, a key-takeaways recap and
 * a one-page handout (phrases and practice); English and French alike, and every interface string
 * in both languages.
 */
class ModuleGuideTest {

  @Test
  void everyModuleHasItsEstimateObjectivesRecapAndHandout() {
    for (ModuleDocument module : ShippedModules.documents()) {
      String where = module.slug() + "." + module.language();
      Guide guide = module.guide();
      assertNotNull(guide, where);
      assertTrue(guide.lessonMinutes() > 0 && guide.exerciseMinutes() > 0, where);
      assertTrue(guide.quizMinutes() > 0, where);
      assertTrue(guide.totalMinutes() <= 45, where + ": a module fits one evening");
      assertEquals(3, guide.objectives().size(), where);
      assertTrue(guide.takeaways().size() >= 3, where);
      assertTrue(guide.phrases().size() >= 2, where);
      assertFalse(module.practice().body().isBlank(), where);
      if (module.step() == 1) {
        assertNull(guide.opener(), where + ": no last week before step 1");
      } else {
        assertNotNull(guide.opener(), where + ": from step 2, ask about last week's practice");
      }
    }
  }

  @Test
  void englishAndFrenchGuidesMatch() {
    for (BundledModule module : ShippedModules.modules()) {
      Guide en = module.file(Language.EN).document().guide();
      Guide fr = module.file(Language.FR).document().guide();
      assertEquals(en.lessonMinutes(), fr.lessonMinutes(), module.slug());
      assertEquals(en.exerciseMinutes(), fr.exerciseMinutes(), module.slug());
      assertEquals(en.quizMinutes(), fr.quizMinutes(), module.slug());
      assertEquals(en.objectives().size(), fr.objectives().size(), module.slug());
      assertEquals(en.phrases().size(), fr.phrases().size(), module.slug());
      assertEquals(en.takeaways().size(), fr.takeaways().size(), module.slug());
      assertEquals(en.opener() == null, fr.opener() == null, module.slug());
    }
  }

  @Test
  void everyEnglishStringHasItsFrenchCounterpart() throws IOException {
    Properties en = bundle("/org/pawprints/i18n/messages.properties");
    Properties fr = bundle("/org/pawprints/i18n/messages_fr.properties");
    Set<String> missing = new TreeSet<>(en.stringPropertyNames());
    missing.removeAll(fr.stringPropertyNames());
    assertEquals(Set.of(), missing);
    for (String key : en.stringPropertyNames()) {
      assertFalse(fr.getProperty(key, "").isBlank(), key);
    }
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ModuleGuideTest.class.getResourceAsStream(path)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
