package org.pawprints.live.plan;

import java.util.List;
import java.util.stream.Stream;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.PollChoice;

/**
 * One item of a default session plan's agenda, as its file describes it. Texts a kind does not use
 * are empty strings and lists a kind does not use are empty; {@code choice} is set for polls only
 * and {@code display} for open questions only.
 *
 * @param body Markdown shown to the room (slides)
 * @param prompt what the room is asked (every kind but slides and breaks)
 * @param notes Markdown for the facilitator only: talking points, a demonstration script
 * @param correct zero-based indexes of the right options (quiz questions)
 */
public record PlannedActivity(
    ActivityKind kind,
    String title,
    int minutes,
    String body,
    String prompt,
    String notes,
    PollChoice choice,
    List<String> options,
    List<Integer> correct,
    String explanation,
    OpenDisplay display,
    List<String> speakerPrompts,
    List<String> listenerPrompts) {

  public PlannedActivity {
    options = List.copyOf(options);
    correct = List.copyOf(correct);
    speakerPrompts = List.copyOf(speakerPrompts);
    listenerPrompts = List.copyOf(listenerPrompts);
  }

  /** Every text of the activity that a person reads, for checks that look at all the words. */
  public List<String> texts() {
    List<String> single = List.of(title, body, prompt, notes, explanation);
    return Stream.of(single, options, speakerPrompts, listenerPrompts)
        .flatMap(List::stream)
        .filter(text -> !text.isEmpty())
        .toList();
  }
}
