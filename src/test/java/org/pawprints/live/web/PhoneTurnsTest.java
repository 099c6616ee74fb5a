package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pawprints.live.application.LiveAudience.Audience;

/**
 * Phones' requests take turns, first come first served, and never wait forever; when the line is
 * full a refresh is given a time to come back, one after another at the pace turns end; staff
 * screens are told of a change before the phones.
 */
class PhoneTurnsTest {

  private static final Duration LONG = Duration.ofSeconds(10);
  private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);
  private static final long NOW = 1_000_000_000L;

  @Test
  void asManyAsAllowedGoAtOnceAndTheNextWaitsForAFreeTurn() throws Exception {
    TurnBook turns = new TurnBook(2, 8);
    assertTrue(turns.take(LONG));
    assertTrue(turns.take(LONG));
    CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> turns.take(LONG));
    // Still waiting: both turns are taken.
    assertThrowsTimeout(third);
    turns.give(MILLI);
    assertTrue(third.get(5, TimeUnit.SECONDS));
    assertEquals(0, turns.free());
    turns.give(MILLI);
    turns.give(MILLI);
    assertEquals(2, turns.free());
  }

  @Test
  void theyGoInTheOrderTheyAsked() throws Exception {
    TurnBook turns = new TurnBook(1, 8);
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
                  turns.give(MILLI);
                }
              },
              runnable -> new Thread(runnable).start()));
      assertTrue(asked.await(5, TimeUnit.SECONDS));
      waitUntilQueued(turns, i + 1);
    }
    turns.give(MILLI);
    CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
    assertEquals(List.of(0, 1, 2, 3, 4), order);
  }

  @Test
  void aRequestThatWaitedTooLongGoesAheadWithoutATurn() {
    TurnBook turns = new TurnBook(1, 8);
    assertTrue(turns.take(LONG));
    assertFalse(turns.take(Duration.ofMillis(50)), "went ahead without a turn");
    // It gives nothing back, so the count stays right.
    turns.give(MILLI);
    assertEquals(1, turns.free());
  }

  @Test
  void whileTheLineHasRoomNobodyIsToldToComeBack() {
    TurnBook turns = new TurnBook(1, 8);
    assertEquals(0, turns.appointment(NOW));
  }

  @Test
  void aFullLineGivesAppointmentsOneAfterAnotherAtThePaceTurnsEnd() {
    // No room in line at all: every refresh gets an appointment. Nothing measured yet: a turn is
    // taken to last the first guess (25 ms); with one at once, one ends every 25 ms.
    TurnBook turns = new TurnBook(1, 0);
    assertEquals(25, turns.appointment(NOW));
    assertEquals(50, turns.appointment(NOW));
    assertEquals(75, turns.appointment(NOW));
    // 60 ms later the first two are past: the next is still after the third.
    assertEquals(40, turns.appointment(NOW + 60 * MILLI));
    // Long after every appointment: the book starts again from now.
    assertEquals(25, turns.appointment(NOW + 10_000 * MILLI));
  }

  @Test
  void thePaceFollowsHowLongTurnsAreHeld() {
    TurnBook turns = new TurnBook(2, 0);
    for (int i = 0; i < 200; i++) {
      assertTrue(turns.take(LONG));
      turns.give(10 * MILLI);
    }
    assertEquals(10.0, turns.turnMillis(), 0.01);
    // Two at once, 10 ms each: one ends every 5 ms.
    assertEquals(5, turns.appointment(NOW));
    assertEquals(10, turns.appointment(NOW));
  }

  @Test
  void noAppointmentIsFarOff() {
    TurnBook turns = new TurnBook(1, 0);
    assertTrue(turns.take(LONG));
    turns.give(60_000 * MILLI);
    for (int i = 0; i < 10; i++) {
      assertTrue(turns.appointment(NOW) <= TurnBook.LATEST_MILLIS);
    }
    assertEquals(TurnBook.LATEST_MILLIS, turns.appointment(NOW));
  }

  @Test
  void twoPerProcessor() {
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), PhoneTurns.AT_ONCE);
    assertEquals(2 * PhoneTurns.AT_ONCE, PhoneTurns.IN_LINE);
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
  private static void waitUntilQueued(TurnBook turns, int threads) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (turns.queued() < threads) {
      if (System.nanoTime() > until) {
        throw new AssertionError("never queued: " + threads);
      }
      Thread.onSpinWait();
    }
  }
}
