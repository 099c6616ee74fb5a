package org.pawprints.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.pawprints.identity.domain.Role;

/**
 * Who is asking on this request, known once per request. Each role question to the container goes
 * through the server's authorization policy, which serializes every caller on one lock: asked a few
 * dozen times per page (every service checks), it made pages under load queue behind each other.
 *
 * <p>On a request the authentication mechanism hands over the caller and roles it gives the
 * container ({@link #handOver}), so the viewer costs no role question at all; the container gets
 * exactly those groups, and payara-web.xml maps each group to the role of the same name. Without a
 * hand-over (a request the mechanism did not see as signed in) the container is asked, as before.
 */
@RequestScoped
public class RequestViewer {

  @Inject SecurityContext security;

  private Viewer viewer;

  /**
   * Who the authentication mechanism has just told the container about: the caller's name (the
   * person's id) and groups, each the name of a {@link Role}.
   */
  public void handOver(String callerName, Set<String> groups) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (groups.contains(role.name())) {
        roles.add(role);
      }
    }
    viewer = new Viewer(Long.valueOf(callerName), roles);
  }

  /** Signing out: the rest of this request asks the container again (which then knows nobody). */
  public void forget() {
    viewer = null;
  }

  public Viewer get() {
    if (viewer == null) {
      viewer = ask(security);
    }
    return viewer;
  }

  static Viewer ask(SecurityContext security) {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Viewer.ANONYMOUS;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (security.isCallerInRole(role.name())) {
        roles.add(role);
      }
    }
    return new Viewer(Long.valueOf(principal.getName()), roles);
  }
}
