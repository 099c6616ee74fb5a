package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pawprints.live.application.LiveAudience.Audience;
import org.pawprints.live.web.PhoneTurns.Turns;

/**
 * Phones' requests take turns, first come first served, and never wait forever; staff screens are
 * told of a change before the phones.
 */
class PhoneTurnsTest {

  private static final Duration LONG = Duration.ofSeconds(10);

  @Test
  void asManyAsAllowedGoAtOnceAndTheNextWaitsForAFreeTurn() throws Exception {
    Turns turns = new Turns(2);
    assertTrue(turns.take(LONG));
    assertTrue(turns.take(LONG));
    CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> turns.take(LONG));
    // Still waiting: both turns are taken.
    assertThrowsTimeout(third);
    turns.give();
    assertTrue(third.get(5, TimeUnit.SECONDS));
    assertEquals(0, turns.free());
    turns.give();
    turns.give();
    assertEquals(2, turns.free());
  }

  @Test
  void theyGoInTheOrderTheyAsked() throws Exception {
    Turns turns = new Turns(1);
    assertTrue(turns.take(LONG));
    List<Integer> order = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Void>> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int phone = i;
      CountDownLatch asked = new CountDownLatch(1);
      waiting.add(
          CompletableFuture.runAsync(
              () -> {
                asked.countDown();
                if (turns.take(LONG)) {
                  order.add(phone);
                  turns.give();
                }
              },
              runnable -> new Thread(runnable).start()));
      assertTrue(asked.await(5, TimeUnit.SECONDS));
      waitUntilQueued(turns, i + 1);
    }
    turns.give();
    CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void aRequestThatWaitedTooLongGoesAheadWithoutATurn() {
    Turns turns = new Turns(1);
    assertTrue(turns.take(LONG));
    assertFalse(turns.take(Duration.ofMillis(50)), "went ahead without a turn");
    // It gives nothing back, so the count stays right.
    turns.give();
    assertEquals(1, turns.free());
  }

  @Test
  void noTurnStartsWhileARoomIsBeingToldOfAChange() throws Exception {
    Turns turns = new Turns(2, LONG);
    CountDownLatch telling = new CountDownLatch(1);
    CountDownLatch told = new CountDownLatch(1);
    CompletableFuture<Void> push =
        CompletableFuture.runAsync(
            () ->
                turns.whileTelling(
                    () -> {
                      telling.countDown();
                      await(told);
                    }),
            runnable -> new Thread(runnable).start());
    assertTrue(telling.await(5, TimeUnit.SECONDS));
    CompletableFuture<Boolean> phone = CompletableFuture.supplyAsync(() -> turns.take(LONG));
    // Both turns are free, yet the phone waits for the room to be told.
    assertThrowsTimeout(phone);
    told.countDown();
    push.get(5, TimeUnit.SECONDS);
    assertTrue(phone.get(5, TimeUnit.SECONDS));
  }

  @Test
  void aTellingThatHangsHoldsTheTurnsBackOnlySoLong() throws Exception {
    Turns turns = new Turns(2, Duration.ofMillis(100));
    CountDownLatch telling = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    CompletableFuture.runAsync(
        () ->
            turns.whileTelling(
                () -> {
                  telling.countDown();
                  await(never);
                }),
        runnable -> new Thread(runnable).start());
    assertTrue(telling.await(5, TimeUnit.SECONDS));
    assertTrue(
        CompletableFuture.supplyAsync(() -> turns.take(LONG)).get(5, TimeUnit.SECONDS),
        "took its turn after the longest quiet");
    never.countDown();
  }

  @Test
  void thePushWaitsForItsWritesOnlySoLong() {
    CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
    CompletableFuture<Void> failed = CompletableFuture.failedFuture(new IOException("closed"));
    CompletableFuture<Void> slowPhone = new CompletableFuture<>();
    long start = System.nanoTime();
    LivePush.awaitWritten(List.of(written, failed, slowPhone), Duration.ofMillis(100));
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(took >= 90 && took < 3_000, "waited " + took + " ms");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void twoPerProcessor() {
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), PhoneTurns.AT_ONCE);
  }

  @Test
  void staffAreToldFirstThenThePhones() {
    Audience room = new Audience(Set.of(1L, 2L), Set.of(10L, 11L));
    assertEquals(List.of(Set.of(1L, 2L), Set.of(10L, 11L)), LivePush.inOrder(room));
    assertEquals(List.of(Set.of(1L, 2L)), LivePush.inOrder(new Audience(Set.of(1L, 2L), Set.of())));
    assertEquals(List.of(), LivePush.inOrder(Audience.NOBODY));
  }

  private static void assertThrowsTimeout(CompletableFuture<Boolean> waiting) {
    try {
      waiting.get(200, TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException stillWaiting) {
      return;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("took a turn that was not free");
  }

  /** Waits (no fixed sleep) until the given number of threads wait for a turn. */
  private static void waitUntilQueued(Turns turns, int threads) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (turns.queued() < threads) {
      if (System.nanoTime() > until) {
        throw new AssertionError("never queued: " + threads);
      }
      Thread.onSpinWait();
    }
  }
}
