package org.pawprints.live.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pawprints.platform.refusal.Refusal;

/**
 * What a facilitator writes for one agenda item, before it is saved. {@link #checked()} refuses
 * what the room could not answer: a poll or quiz question without two options, a right answer that
 * is not an option, text too long.
 */
public record ActivityDraft(
    ActivityKind kind,
    String title,
    String body,
    PollChoice choice,
    OpenDisplay display,
    List<String> options,
    Set<Integer> correct,
    String notes,
    int minutes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MAX_MINUTES = 180;

  public ActivityDraft {
    title = trimmed(title);
    body = trimmed(body);
    notes = trimmed(notes);
    options =
        options == null
            ? List.of()
            : options.stream().map(ActivityDraft::trimmed).filter(o -> o != null).toList();
    correct =
        correct == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(correct));
  }

  public ActivityDraft checked() {
    if (kind == null) {
      throw new Refusal("live.activity.kindRequired");
    }
    if (title == null) {
      throw new Refusal("live.activity.titleRequired");
    }
    if (title.length() > LiveActivity.MAX_TITLE
        || (body != null && body.length() > LiveActivity.MAX_BODY)
        || (notes != null && notes.length() > LiveActivity.MAX_BODY)
        || options.stream().anyMatch(o -> o.length() > 200)) {
      throw new Refusal("live.activity.tooLong");
    }
    if (minutes < 0 || minutes > MAX_MINUTES) {
      throw new Refusal("live.activity.minutes", MAX_MINUTES);
    }
    boolean choosesOptions =
        kind == ActivityKind.QUIZ_QUESTION
            || (kind == ActivityKind.POLL && choice != PollChoice.SCALE);
    if (kind == ActivityKind.POLL && choice == null) {
      throw new Refusal("live.activity.choiceRequired");
    }
    if (choosesOptions && (options.size() < 2 || options.size() > LiveActivity.MAX_OPTIONS)) {
      throw new Refusal("live.activity.options", LiveActivity.MAX_OPTIONS);
    }
    boolean floor = kind == ActivityKind.FLOOR;
    if (floor
        && (!FloorPrompts.allMarked(options)
            || options.size() > 2 * LiveActivity.MAX_OPTIONS
            || String.join("\n", options).length() > LiveActivity.MAX_OPTIONS_TEXT)) {
      throw new Refusal("live.activity.floorPrompts", LiveActivity.MAX_OPTIONS);
    }
    if (kind == ActivityKind.QUIZ_QUESTION
        && (correct.isEmpty() || correct.stream().anyMatch(i -> i < 0 || i >= options.size()))) {
      throw new Refusal("live.activity.correct");
    }
    return new ActivityDraft(
        kind,
        title,
        body,
        choice,
        kind == ActivityKind.OPEN_QUESTION && display == null ? OpenDisplay.LIST : display,
        choosesOptions || floor ? options : List.of(),
        kind == ActivityKind.QUIZ_QUESTION ? correct : Set.of(),
        notes,
        minutes);
  }

  private static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    return t.isEmpty() ? null : t;
  }
}
