package org.pawprints.live.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.PollChoice;

/**
 * What makes a default session plan usable in a room: a length that fits an evening session,
 * activities with a duration, choices that can be answered and right answers that exist; and an
 * English and a French plan that run the same agenda, so a facilitator can switch language without
 * the room noticing a difference.
 */
final class SessionPlanRules {

  /** The shortest and longest planned session, in minutes. */
  static final int SHORTEST = 60;

  static final int LONGEST = 90;

  private static final int FEWEST_OPTIONS = 2;

  private SessionPlanRules() {}

  /** The problems of one plan, empty when it is usable. */
  static List<String> check(SessionPlan plan) {
    List<String> problems = new ArrayList<>();
    if (plan.version() < 1) {
      problems.add("version must be 1 or more");
    }
    if (plan.objectives().isEmpty()) {
      problems.add("\"objectives\" must not be empty");
    }
    if (plan.activities().isEmpty()) {
      problems.add("\"activities\" must not be empty");
    }
    for (int i = 0; i < plan.activities().size(); i++) {
      PlannedActivity activity = plan.activities().get(i);
      String where = "activity " + (i + 1) + " (" + activity.kind() + ")";
      check(activity).forEach(problem -> problems.add(where + ": " + problem));
    }
    int total = plan.totalMinutes();
    if (total < SHORTEST || total > LONGEST) {
      problems.add(
          "the activities add up to "
              + total
              + " minutes; a plan takes "
              + SHORTEST
              + " to "
              + LONGEST);
    }
    return problems;
  }

  private static List<String> check(PlannedActivity activity) {
    List<String> problems = new ArrayList<>();
    if (activity.minutes() <= 0) {
      problems.add("\"minutes\" must be more than 0");
    }
    boolean choosesOptions =
        activity.kind() == ActivityKind.QUIZ_QUESTION
            || activity.kind() == ActivityKind.POLL && activity.choice() != PollChoice.SCALE;
    if (choosesOptions && activity.options().size() < FEWEST_OPTIONS) {
      problems.add("needs at least " + FEWEST_OPTIONS + " options");
    }
    if (activity.choice() == PollChoice.SCALE && !activity.options().isEmpty()) {
      problems.add("a SCALE poll is always 1-10 and has no options");
    }
    if (activity.kind() == ActivityKind.QUIZ_QUESTION) {
      problems.addAll(checkCorrect(activity));
    }
    if (activity.options().size() != new HashSet<>(activity.options()).size()) {
      problems.add("two options have the same text");
    }
    return problems;
  }

  private static List<String> checkCorrect(PlannedActivity activity) {
    List<String> problems = new ArrayList<>();
    if (activity.correct().isEmpty()) {
      problems.add("\"correct\" must name at least one right option");
    }
    for (int index : activity.correct()) {
      if (index < 0 || index >= activity.options().size()) {
        problems.add(
            "\"correct\" names option "
                + index
                + ", but the options are numbered 0 to "
                + (activity.options().size() - 1));
      }
    }
    if (activity.correct().size() != new HashSet<>(activity.correct()).size()) {
      problems.add("\"correct\" names the same option twice");
    }
    return problems;
  }

  /**
   * The differences between a step's English and French plans that the room would notice: the kinds
   * and their order, durations, poll choices, numbers of options and the right answers. Only the
   * words may differ.
   */
  static List<String> compareLanguages(SessionPlan english, SessionPlan french) {
    List<String> problems = new ArrayList<>();
    if (!english.step().equals(french.step())) {
      problems.add("is for step " + french.step() + ", its English file for " + english.step());
    }
    List<ActivityKind> englishKinds = kinds(english);
    List<ActivityKind> frenchKinds = kinds(french);
    if (!englishKinds.equals(frenchKinds)) {
      problems.add(
          "has the activities "
              + frenchKinds
              + " but the English file has "
              + englishKinds
              + ": both languages need the same kinds in the same order");
      return problems;
    }
    for (int i = 0; i < englishKinds.size(); i++) {
      PlannedActivity en = english.activities().get(i);
      PlannedActivity fr = french.activities().get(i);
      String where = "activity " + (i + 1) + " (" + en.kind() + ") differs from English: ";
      if (en.minutes() != fr.minutes()) {
        problems.add(where + fr.minutes() + " minutes instead of " + en.minutes());
      }
      if (en.choice() != fr.choice() || en.display() != fr.display()) {
        problems.add(where + "another poll choice or answer display");
      }
      if (en.options().size() != fr.options().size()
          || !Objects.equals(en.correct(), fr.correct())) {
        problems.add(where + "another number of options or other right answers");
      }
      if (en.speakerPrompts().size() != fr.speakerPrompts().size()
          || en.listenerPrompts().size() != fr.listenerPrompts().size()) {
        problems.add(where + "another number of speaker or listener prompts");
      }
    }
    return problems;
  }

  private static List<ActivityKind> kinds(SessionPlan plan) {
    return plan.activities().stream().map(PlannedActivity::kind).toList();
  }
}
