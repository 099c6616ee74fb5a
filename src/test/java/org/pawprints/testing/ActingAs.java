package org.pawprints.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.util.Set;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Role;

/**
 * For in-container tests only (added to a test's deployment, never to the WAR): lets a test act as
 * a given person, so that the services' own ownership checks can be tried across people. Everything
 * except "who is asking" stays the real AccessPolicy.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class ActingAs extends AccessPolicy {

  private static volatile Viewer acting = Viewer.ANONYMOUS;

  public static void participant(long personId) {
    acting = new Viewer(personId, Set.of(Role.PARTICIPANT));
  }

  public static void nobody() {
    acting = Viewer.ANONYMOUS;
  }

  @Override
  public Viewer viewer() {
    return acting;
  }
}
