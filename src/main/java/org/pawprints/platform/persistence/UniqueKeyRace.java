package org.pawprints.platform.persistence;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.Optional;
import java.util.function.Supplier;
import org.pawprints.platform.refusal.Refusal;

/**
 * Two requests at once (two tabs, a double tap) may both try to create the same first row; the
 * database keeps one by a unique key and the loser's transaction fails. Trying once more, in a new
 * transaction, finds the winner's row and updates it (or sees it is there), so the person sees
 * "saved" and one row exists. The attempt must be its own transaction (a call to a
 * {@code @Transactional} bean from outside any transaction), or the retry would run in the one that
 * already failed. A refusal is never retried: it is the answer.
 */
public final class UniqueKeyRace {

  private UniqueKeyRace() {}

  /** Runs the attempt, and once more if the database refused it (a lost race on a unique key). */
  public static <T> T retryOnce(Supplier<T> attempt) {
    try {
      return attempt.get();
    } catch (PersistenceException | TransactionalException lost) {
      Optional<Refusal> refusal = Refusal.in(lost);
      if (refusal.isPresent()) {
        throw refusal.get();
      }
      return attempt.get();
    }
  }

  /** The same, for an attempt that returns nothing. */
  public static void retryOnce(Runnable attempt) {
    retryOnce(
        () -> {
          attempt.run();
          return null;
        });
  }
}
