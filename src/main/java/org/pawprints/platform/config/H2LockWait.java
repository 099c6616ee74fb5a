package org.pawprints.platform.config;

/**
 * Makes H2 wait for a row lock as long as a person would wait for a page. H2 gives up after 2
 * seconds by default (a value its authors chose for their own tests) and the request ends in an
 * error page; PostgreSQL waits. Two requests of one person can meet on a row (an invitation page
 * marks itself opened while its "Join" is pressed; a live room's answers while the facilitator
 * locks them), and on a busy 2-core server the first may hold it longer than 2 seconds.
 */
final class H2LockWait {

  /** Longer than any request we answer holds a lock, shorter than a person's patience. */
  static final int LOCK_TIMEOUT_MILLIS = 10_000;

  private H2LockWait() {}

  /** The URL with {@code ;LOCK_TIMEOUT=...} when it opens H2 and does not set it itself. */
  static String withLockTimeout(String url) {
    return H2Url.withDefault(url, "LOCK_TIMEOUT", LOCK_TIMEOUT_MILLIS);
  }
}
