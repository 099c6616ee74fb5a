package org.pawprints.live.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.platform.i18n.Language;

/**
 * One step, one name (docs/live.md "One name per step"): session 6's trial found a step called by
 * its program title in the facilitator's pickers, by its module's title on the participant's
 * dashboard and by a third name in its plan ("Softer beginnings"). A plan now carries its module's
 * title, in the same language, and so does the slide that opens the evening.
 */
class OneNamePerStepTest {

  private final SessionPlans plans =
      new SessionPlans(
          SessionPlans.LOCATION, OneNamePerStepTest.class.getClassLoader(), SessionPlansTest.STEPS);

  @Test
  void everyPlanIsNamedAfterItsStepsModule() throws IOException {
    for (String step : SessionPlansTest.STEPS) {
      for (Language language : Language.values()) {
        SessionPlan plan = plans.plan(step, language).orElseThrow();
        String module = moduleTitle(step, language);
        String where = step + "." + language.code();
        assertEquals(module, plan.title(), where);
        assertTrue(
            plan.activities().stream()
                .filter(a -> a.kind() == ActivityKind.SLIDE)
                .anyMatch(a -> a.body().startsWith("## " + module + "\n")),
            "the evening's first slide is headed by the module's title: " + where);
      }
    }
  }

  private static String moduleTitle(String step, Language language) throws IOException {
    String path = "content/modules/" + step + "." + language.code() + ".json";
    try (InputStream in = OneNamePerStepTest.class.getClassLoader().getResourceAsStream(path);
        JsonReader json = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return json.readObject().getString("title");
    }
  }
}
