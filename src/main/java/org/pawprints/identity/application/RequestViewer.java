package org.pawprints.identity.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.pawprints.identity.domain.Role;

/**
 * Who is asking on this request, asked of the container once per request. Each role question goes
 * through the server's authorization policy, which serializes every caller on one lock: asked a few
 * dozen times per page (every service checks), it made pages under load queue behind each other.
 */
@RequestScoped
public class RequestViewer {

  @Inject SecurityContext security;

  private Viewer viewer;

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
