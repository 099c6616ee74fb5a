package org.pawprints.live.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pawprints.live.application.LiveAudience;
import org.pawprints.live.application.LiveAudience.Audience;
import org.pawprints.live.application.LiveChanged;
import org.pawprints.live.web.RefreshSpread.Slot;

/**
 * Tells screens that a session changed, once the change is committed: {@code {"s":12,"v":34}} to
 * each person of its audience (with {@code "a":1} when only the answers moved, for the
 * facilitators' counts), never anything a participant wrote or chose. The page then fetches its
 * state by ajax.
 *
 * <p>Staff screens are told first: the presenter on the projector and a second facilitator's device
 * fetch before a hundred phones do, not after them ({@link PhoneTurns} keeps the phones' refreshes
 * from crowding them out), and no phone's refresh starts until the room has been told ({@link
 * PhoneTurns#whileTelling}). In a busy hour the phones' message also says when to ask ({@code "w"}
 * ms, then up to {@code "d"} more at random: {@link RefreshSpread}), so that a thousand phones do
 * not take every request thread in the same instant.
 */
@ApplicationScoped
public class LivePush {

  @Inject
  @Push(channel = "live")
  PushContext live;

  @Inject LiveAudience audience;

  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveChanged change) {
    Audience people = audience.of(change.sessionId());
    if (change.staffOnly()) {
      send(change.sessionId(), change.version(), true, new Audience(people.staff(), Set.of()));
      return;
    }
    Slot slot =
        PhoneTurns.SPREAD.slotFor(
            change.sessionId(), people.participants().size(), System.nanoTime());
    send(change.sessionId(), change.version(), false, people, slot);
  }

  /** A change (or the heartbeat) told to everyone at once, phones asking as soon as they hear. */
  void send(long sessionId, long version, boolean answersOnly, Audience people) {
    send(sessionId, version, answersOnly, people, Slot.NOW);
  }

  private void send(
      long sessionId, long version, boolean answersOnly, Audience people, Slot phonesSlot) {
    String message = text(sessionId, version, answersOnly, Slot.NOW);
    // The phones' message says when to ask ("w" ms, then up to "d" more); the staff's never does.
    String phonesMessage = text(sessionId, version, answersOnly, phonesSlot);
    PhoneTurns.whileTelling(
        () -> {
          List<Future<Void>> sent = new ArrayList<>();
          SocketSends.run(
              () -> {
                for (Set<Long> group : inOrder(people)) {
                  String told = group == people.staff() ? message : phonesMessage;
                  live.send(told, group).values().forEach(sent::addAll);
                }
              });
          awaitWritten(sent, PhoneTurns.LONGEST_QUIET);
        });
  }

  /** {@code {"s":12,"v":34}}, with {@code "a":1} for new answers and the slot when there is one. */
  private static String text(long sessionId, long version, boolean answersOnly, Slot slot) {
    StringBuilder text = new StringBuilder("{\"s\":").append(sessionId);
    text.append(",\"v\":").append(version);
    if (answersOnly) {
      text.append(",\"a\":1");
    }
    if (!slot.now()) {
      text.append(",\"w\":").append(slot.fromMs()).append(",\"d\":").append(slot.spreadMs());
    }
    return text.append('}').toString();
  }

  /**
   * Waits until the messages are written to their sockets (the sends are asynchronous), at most
   * {@code longest} in all: a phone on a slow network must not hold the room's quiet.
   */
  static void awaitWritten(List<Future<Void>> sent, Duration longest) {
    long until = System.nanoTime() + longest.toNanos();
    for (Future<Void> one : sent) {
      try {
        one.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException | TimeoutException notWritten) {
        // A closed or slow socket: its page resyncs when it reconnects or by the heartbeat.
      }
    }
  }

  /** Staff, then participants; nobody twice, and no empty group. */
  static List<Set<Long>> inOrder(Audience people) {
    return List.of(people.staff(), people.participants()).stream()
        .filter(group -> !group.isEmpty())
        .toList();
  }
}
