package org.pawprints.gesture.web;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.UUID;
import java.util.function.Supplier;
import org.pawprints.platform.refusal.Refusal;

/**
 * Double submits: each form carries a one-time submission key, and the database keeps one row per
 * key. When two requests with the same key race, the loser's insert is refused by the unique key;
 * trying once more finds the winner's row, so the person sees "saved" and one row exists.
 */
final class OnceOnly {

  private OnceOnly() {}

  static String newSubmission() {
    return UUID.randomUUID().toString();
  }

  static <T> T save(Supplier<T> action) {
    try {
      return action.get();
    } catch (TransactionalException | PersistenceException firstTry) {
      if (firstTry.getCause() instanceof Refusal problem) {
        throw problem;
      }
      return action.get();
    }
  }
}
