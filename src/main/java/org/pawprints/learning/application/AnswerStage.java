package org.pawprints.learning.application;

/**
 * Where my answer to one exercise stands, as its author sees it: nothing yet, a private draft, done
 * (the version others may be shown), or done with newer changes that are still a draft.
 */
public enum AnswerStage {
  NONE,
  DRAFT,
  DONE,
  CHANGED_SINCE_DONE;

  /** Whether a complete version was marked done, so that the author's choice now applies to it. */
  public boolean hasDoneVersion() {
    return this == DONE || this == CHANGED_SINCE_DONE;
  }
}
