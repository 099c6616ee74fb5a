package org.pawprints.live.application;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** A live session I was in, afterwards, with my own answers only (in agenda order). */
public record MyLiveSession(
    long sessionId,
    String title,
    LocalDateTime startsAt,
    Instant startsAtInstant,
    Instant joinedAt,
    List<Answer> answers) {

  /** One of my answers: {@code answer} as I chose it (option labels, a number, my words). */
  public record Answer(
      int position, String activity, String kindName, String answer, Instant answeredAt) {}
}
