package org.pawprints.identity.application;

import java.util.Set;
import org.pawprints.identity.domain.Role;

/** Who is asking: a signed-in person's id and roles, or an anonymous visitor. */
public record Viewer(Long personId, Set<Role> roles) {

  public static final Viewer ANONYMOUS = new Viewer(null, Set.of());

  public boolean isSignedIn() {
    return personId != null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
