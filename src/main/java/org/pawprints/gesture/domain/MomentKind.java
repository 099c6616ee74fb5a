package org.pawprints.gesture.domain;

import java.util.Arrays;
import java.util.Optional;

/** The between-session practices of steps 1, 5 and 7, each with the name pages use. */
public enum MomentKind {
  GENTLE_START_UP("gentle-start-up"),
  PROMISE_KEPT("promise-kept"),
  COURSE_CORRECTION("course-correction");

  private final String slug;

  MomentKind(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  public static Optional<MomentKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
