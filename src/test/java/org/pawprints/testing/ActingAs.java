package org.pawprints.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Set;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Role;

/**
 * For in-container tests only (added to a test deployment, never to the WAR): tests act as a chosen
 * person. This policy takes the viewer from the test instead of from a sign-in, and keeps every
 * rule of the real one.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ActingAs extends AccessPolicy {

  private static volatile Viewer current = Viewer.ANONYMOUS;

  // Concurrency tests act as two people at once, one per thread.
  private static final ThreadLocal<Viewer> ON_THIS_THREAD = new ThreadLocal<>();

  public static void person(long id, Role... roles) {
    current = new Viewer(id, roles.length == 0 ? Set.of() : Set.of(roles));
  }

  /** Acts as this person on the current thread only, until {@link #leaveThisThread()}. */
  public static void personOnThisThread(long id, Role... roles) {
    ON_THIS_THREAD.set(new Viewer(id, roles.length == 0 ? Set.of() : Set.of(roles)));
  }

  public static void leaveThisThread() {
    ON_THIS_THREAD.remove();
  }

  public static void anonymous() {
    current = Viewer.ANONYMOUS;
  }

  @Override
  public Viewer viewer() {
    Viewer here = ON_THIS_THREAD.get();
    return here != null ? here : current;
  }
}
