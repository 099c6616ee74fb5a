package org.pawprints.identity.web;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in on a session and the roles they had then, kept in the session by {@link
 * PawprintsAuthenticationMechanism} and handed to the container with every request.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  /** Session attribute that holds it. */
  static final String SESSION_ATTRIBUTE = "pawprints.signedInCaller";

  SignedInCaller {
    groups = Set.copyOf(groups);
  }
}
