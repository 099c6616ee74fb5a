package org.pawprints.live.plan;

import java.util.List;
import java.util.stream.Stream;
import org.pawprints.platform.i18n.Language;

/**
 * A step's default session plan in one language: what the room should be able to do afterwards and
 * a timed agenda. The facilitator's session copies the agenda; this value never changes.
 *
 * @param step the step's slug, as in {@code content/modules}
 * @param version the file's own version, raised when its text changes
 */
public record SessionPlan(
    String step,
    Language language,
    int version,
    String title,
    List<String> objectives,
    List<PlannedActivity> activities) {

  public SessionPlan {
    objectives = List.copyOf(objectives);
    activities = List.copyOf(activities);
  }

  /** The planned length of the whole session. */
  public int totalMinutes() {
    return activities.stream().mapToInt(PlannedActivity::minutes).sum();
  }

  /** Every text of the plan that a person reads. */
  public List<String> texts() {
    return Stream.concat(
            Stream.concat(Stream.of(title), objectives.stream()),
            activities.stream().flatMap(activity -> activity.texts().stream()))
        .toList();
  }
}
