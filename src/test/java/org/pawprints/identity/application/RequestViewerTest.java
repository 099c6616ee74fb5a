package org.pawprints.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pawprints.identity.domain.Role;

/** The viewer handed over by the authentication mechanism holds exactly the roles it was given. */
class RequestViewerTest {

  @Test
  void eachGroupNamedAfterARoleIsThatRoleAndNothingElseCounts() {
    RequestViewer viewer = new RequestViewer();
    viewer.handOver("42", Set.of("FACILITATOR", "PARTICIPANT", "admin", "SOMETHING"));
    assertEquals(new Viewer(42L, EnumSet.of(Role.PARTICIPANT, Role.FACILITATOR)), viewer.get());
  }

  @Test
  void noGroupsMeansNoRoles() {
    RequestViewer viewer = new RequestViewer();
    viewer.handOver("7", Set.of());
    assertEquals(new Viewer(7L, Set.of()), viewer.get());
  }
}
