package org.pawprints.live.application;

import java.time.Instant;

/**
 * "This week's practice" as a participant (or the facilitator) sees it: the step's title, the
 * module's address within the site, the facilitator's word, and the session it came from.
 */
public record PracticeCard(
    String stepSlug,
    String stepTitle,
    String moduleAddress,
    String note,
    String sessionTitle,
    Instant sentAt) {

  public boolean hasNote() {
    return note != null && !note.isBlank();
  }
}
