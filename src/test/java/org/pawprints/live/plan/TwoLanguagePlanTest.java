package org.pawprints.live.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.platform.i18n.Language;

/** A bilingual room's plan: every shipped step merges, the room's texts in both languages. */
class TwoLanguagePlanTest {

  private final SessionPlans plans =
      new SessionPlans(
          SessionPlans.LOCATION,
          TwoLanguagePlanTest.class.getClassLoader(),
          SessionPlansTest.STEPS);

  @Test
  void everyStepsPlanMergesActivityByActivityTheCohortsLanguageFirst() {
    for (String step : SessionPlansTest.STEPS) {
      SessionPlan french = plans.plan(step, Language.FR).orElseThrow();
      SessionPlan english = plans.plan(step, Language.EN).orElseThrow();
      List<PlannedActivity> both = TwoLanguagePlan.merge(french, english).orElseThrow();
      assertEquals(english.activities().size(), both.size(), step);
      for (int i = 0; i < both.size(); i++) {
        PlannedActivity fr = french.activities().get(i);
        PlannedActivity en = english.activities().get(i);
        PlannedActivity merged = both.get(i);
        assertEquals(both(fr.title(), en.title()), merged.title(), step);
        assertEquals(fr.minutes(), merged.minutes(), step);
        assertEquals(fr.notes(), merged.notes(), "the notes stay in one language: " + step);
        assertEquals(fr.correct(), merged.correct(), step);
        for (int o = 0; o < merged.options().size(); o++) {
          assertEquals(both(fr.options().get(o), en.options().get(o)), merged.options().get(o));
        }
        if (merged.kind() == ActivityKind.SLIDE) {
          assertTrue(merged.body().startsWith(fr.body()), step);
          assertTrue(merged.body().endsWith("\n\n" + en.body()), step);
        }
        assertTrue(merged.options().stream().allMatch(o -> o.length() <= 200), step);
      }
    }
  }

  private static String both(String first, String second) {
    return first.equals(second) ? first : first + " / " + second;
  }

  @Test
  void plansThatDoNotRunTheSameAgendaDoNotMerge() {
    SessionPlan english = plans.plan("repair", Language.EN).orElseThrow();
    SessionPlan french = plans.plan("appreciation", Language.FR).orElseThrow();
    SessionPlan shorter =
        new SessionPlan(
            "repair",
            Language.FR,
            1,
            "x",
            List.of("y"),
            french.activities().subList(0, french.activities().size() - 1));
    assertTrue(TwoLanguagePlan.merge(english, shorter).isEmpty());
  }
}
