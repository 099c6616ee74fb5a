package org.pawprints.gesture.web;

import java.util.UUID;

/**
 * Double submits: each form carries a one-time submission key, and the database keeps one row per
 * key. When two requests with the same key race, the loser's insert is refused by the unique key;
 * the page tries once more ({@link org.pawprints.platform.persistence.UniqueKeyRace}), which finds
 * the winner's row, so the person sees "saved" and one row exists.
 */
final class OnceOnly {

  private OnceOnly() {}

  static String newSubmission() {
    return UUID.randomUUID().toString();
  }
}
