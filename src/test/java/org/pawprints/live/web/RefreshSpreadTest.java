package org.pawprints.live.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.pawprints.live.web.RefreshSpread.Slot;

/**
 * Rooms told while other rooms' phones are due take the next slots; a room alone, or a room's own
 * next change, asks at once.
 */
class RefreshSpreadTest {

  private static final long MS = 1_000_000;

  @Test
  void aRoomAloneAsksAtOnceHoweverBig() {
    RefreshSpread spread = new RefreshSpread(4, 8);
    assertEquals(Slot.NOW, spread.slotFor(1, 1_000, 0));
    // Its own next change, while its phones are still due: at once again (it supersedes the first).
    assertEquals(Slot.NOW, spread.slotFor(1, 1_000, 100 * MS));
  }

  @Test
  void roomsToldTogetherTakeTheirSlotsOneAfterAnother() {
    RefreshSpread spread = new RefreshSpread(4, 8);
    // Fifty phones at 8 ms a turn, four turns at once: 100 ms of work each room.
    assertEquals(Slot.NOW, spread.slotFor(1, 50, 0));
    assertEquals(new Slot(100, 100), spread.slotFor(2, 50, 0));
    assertEquals(new Slot(200, 100), spread.slotFor(3, 50, 0));
    // Told 250 ms later, the fourth room's slot starts where the third's ends.
    assertEquals(new Slot(50, 100), spread.slotFor(4, 50, 250 * MS));
    // Once the schedule has run out, a room asks at once again.
    assertEquals(Slot.NOW, spread.slotFor(5, 50, 10_000 * MS));
  }

  @Test
  void aSmallRoomAfterAShortBacklogAsksAtOnce() {
    RefreshSpread spread = new RefreshSpread(4, 8);
    spread.slotFor(1, 3, 0);
    // Six ms of work promised, three phones more: not worth a wait.
    assertEquals(Slot.NOW, spread.slotFor(2, 3, 0));
  }

  @Test
  void noPhoneIsToldToWaitLongerThanTheLongest() {
    RefreshSpread spread = new RefreshSpread(4, 8);
    spread.slotFor(1, 100_000, 0);
    Slot later = spread.slotFor(2, 1_000, 0);
    assertEquals(new Slot(RefreshSpread.LONGEST_MS, 0), later);
    assertFalse(later.now(), "a wait with no spread is still a wait");
  }

  @Test
  void theTurnsTimeFollowsWhatTurnsTake() {
    RefreshSpread spread = new RefreshSpread(4, 8);
    for (int i = 0; i < 500; i++) {
      spread.turnTook(2 * MS);
    }
    assertEquals(2.0, spread.turnMs(), 0.01);
    // Faster turns, shorter slots: a hundred phones at 2 ms, four at once, 50 ms.
    spread.slotFor(1, 100, 0);
    assertEquals(new Slot(50, 50), spread.slotFor(2, 100, 0));
  }
}
