package org.pawprints.live.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A step's plan for a bilingual room (docs/live.md "A bilingual cohort"): every text the room reads
 * in both languages, the cohort's first. One presenter screen serves everyone, so both languages
 * are on it and on every phone: a title or an option reads "Yes / Oui", a slide or a prompt gives
 * the first language's text and then the second's. The facilitator's notes and the quiz's
 * explanation stay in the first language only: one person reads them, in the language they lead in.
 */
public final class TwoLanguagePlan {

  static final String BETWEEN = " / ";

  private TwoLanguagePlan() {}

  /**
   * The two plans of one step merged activity by activity; empty when they do not run the same
   * agenda (the plan files promise they do, and {@code SessionPlansTest} checks it).
   */
  public static Optional<List<PlannedActivity>> merge(SessionPlan first, SessionPlan second) {
    List<PlannedActivity> a = first.activities();
    List<PlannedActivity> b = second.activities();
    if (a.size() != b.size()) {
      return Optional.empty();
    }
    List<PlannedActivity> merged = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      PlannedActivity one = a.get(i);
      PlannedActivity two = b.get(i);
      if (one.kind() != two.kind()
          || one.options().size() != two.options().size()
          || one.speakerPrompts().size() != two.speakerPrompts().size()
          || one.listenerPrompts().size() != two.listenerPrompts().size()) {
        return Optional.empty();
      }
      merged.add(
          new PlannedActivity(
              one.kind(),
              line(one.title(), two.title()),
              one.minutes(),
              text(one.body(), two.body()),
              text(one.prompt(), two.prompt()),
              one.notes(),
              one.choice(),
              lines(one.options(), two.options()),
              one.correct(),
              one.explanation(),
              one.display(),
              lines(one.speakerPrompts(), two.speakerPrompts()),
              lines(one.listenerPrompts(), two.listenerPrompts())));
    }
    return Optional.of(List.copyOf(merged));
  }

  private static String line(String one, String two) {
    return one.equals(two) || two.isEmpty() ? one : one + BETWEEN + two;
  }

  private static String text(String one, String two) {
    return one.equals(two) || two.isEmpty() ? one : one + "\n\n" + two;
  }

  private static List<String> lines(List<String> one, List<String> two) {
    List<String> both = new ArrayList<>();
    for (int i = 0; i < one.size(); i++) {
      both.add(line(one.get(i), two.get(i)));
    }
    return both;
  }
}
