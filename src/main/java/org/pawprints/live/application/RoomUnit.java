package org.pawprints.live.application;

import java.util.HashSet;
import java.util.Set;

/**
 * Who does a couple activity together in a session, seen from one of them: the couple (me and my
 * partner of this cohort) or me alone. The key names the unit in the tables: {@code c<couple id>}
 * or {@code p<person id>}.
 */
public record RoomUnit(String key, long me, Long partner) {

  static RoomUnit couple(long coupleId, long me, long partner) {
    return new RoomUnit("c" + coupleId, me, partner);
  }

  static RoomUnit solo(long me) {
    return new RoomUnit("p" + me, me, null);
  }

  public boolean solo() {
    return partner == null;
  }

  public Set<Long> people() {
    Set<Long> people = new HashSet<>();
    people.add(me);
    if (partner != null) {
      people.add(partner);
    }
    return people;
  }
}
