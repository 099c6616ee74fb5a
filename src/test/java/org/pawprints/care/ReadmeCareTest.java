package org.pawprints.care;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * A counsellor new to Pawprints follows the README: it must lead them to who needs a private
 * check-in and to whether closeness rose, in the words the cohort's page shows.
 */
class ReadmeCareTest {

  @Test
  void theReadmeNamesTheCohortPagesLinksToFollowUpsAndOutcomesAsThePageWordsThem()
      throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Properties en = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/org/pawprints/i18n/messages.properties")) {
      en.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : new String[] {"followUp.link", "outcomes.r.link", "safety.menuLink"}) {
      String words = en.getProperty(key);
      assertTrue(
          readme.replaceAll("\\s+", " ").contains(words), "README should name \"" + words + "\"");
    }
  }
}
