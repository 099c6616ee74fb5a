package org.pawprints.live.application;

import java.util.List;
import org.pawprints.curriculum.content.application.SafeMarkdown;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.LiveActivity;
import org.pawprints.live.domain.OpenDisplay;

/** The activity on screen as the room sees it: no notes, no right answer. */
public record ActivityView(
    long id,
    int position,
    ActivityKind kind,
    String title,
    String bodyHtml,
    List<String> options,
    boolean multiple,
    boolean scale,
    boolean takesAnswers,
    boolean wordCloud) {

  static ActivityView of(LiveActivity a, int position) {
    return new ActivityView(
        a.getId(),
        position,
        a.getKind(),
        a.getTitle(),
        roomHtml(a.getBody()),
        a.getOptions(),
        a.isMultiple(),
        a.isScale(),
        a.takesAnswers(),
        a.getDisplay() == OpenDisplay.WORD_CLOUD);
  }

  /**
   * A text the room reads, shown under the activity's title (an h2): its Markdown headings become
   * subheadings rather than hash signs.
   */
  static String roomHtml(String markdown) {
    return SafeMarkdown.toHtmlUnderHeading(markdown);
  }

  /** The kind's name, for pages (EL reads no enums' methods in a switch). */
  public String kindName() {
    return kind.name();
  }
}
