package org.pawprints.live.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.plan.PlannedActivity;
import org.pawprints.live.plan.SessionPlan;
import org.pawprints.live.plan.SessionPlans;

/**
 * The new-user trial of session 6 found "## Softer beginnings" on the projector, every phone and
 * the control screen: the default plans' slides start with a Markdown heading, and the room's
 * screens showed its hash signs. A slide's text is shown under the activity's title (an h2), so its
 * headings become h3s.
 */
class SlideTextTest {

  private static final List<String> STEPS =
      List.of(
          "gentle-start-up",
          "rituals-of-connection",
          "turning-toward",
          "repair",
          "predictability",
          "appreciation",
          "course-corrections");

  @Test
  void aSlideHeadingIsASubheadingUnderTheActivitysTitle() {
    String html = bodyHtml("## Softer beginnings\n\nThe first words of a hard conversation.");
    assertTrue(html.contains("<h3>Softer beginnings</h3>"), html);
    assertFalse(html.contains("#"), html);
  }

  @Test
  void aHeadingStillEscapesRawHtml() {
    String html = bodyHtml("# <script>alert(1)</script> hello");
    assertTrue(html.contains("<h3>&lt;script&gt;"), html);
    assertFalse(html.contains("<script>"), html);
  }

  @Test
  void noDefaultPlanShowsHashSignsToTheRoom() {
    SessionPlans plans =
        new SessionPlans(SessionPlans.LOCATION, SlideTextTest.class.getClassLoader(), STEPS);
    for (SessionPlan plan : plans.all()) {
      for (PlannedActivity a : plan.activities()) {
        String text = a.kind() == ActivityKind.SLIDE ? a.body() : a.prompt();
        String html = bodyHtml(text);
        assertFalse(html.contains("<p>#"), plan.title() + " / " + a.title() + ": " + html);
      }
    }
  }

  private static String bodyHtml(String markdown) {
    return ActivityView.roomHtml(markdown);
  }
}
