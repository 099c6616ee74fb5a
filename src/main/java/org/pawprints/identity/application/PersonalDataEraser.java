package org.pawprints.identity.application;

/**
 * A feature's part of erasing a person (their own request, an admin's on their request, or the
 * retention job). Each feature that keeps something a person wrote or did offers one, and {@link
 * AccountErasure} calls them all, so that identity never depends on the features built on it.
 *
 * <p>An eraser deletes the person's words and anything that points at them only, and keeps rows
 * that feed counts (a facilitator's progress report) attached to the anonymised person, so that the
 * counts still count. It never touches another person's own words.
 */
public interface PersonalDataEraser {

  /** Erases this feature's data about the person; runs in the erasing transaction. */
  void erase(long personId);
}
