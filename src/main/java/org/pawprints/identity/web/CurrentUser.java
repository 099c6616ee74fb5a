package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import org.pawprints.identity.application.AccessPolicy;
import org.pawprints.identity.application.RequestAccount;
import org.pawprints.identity.application.Viewer;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;

/** The person signed in on this request, for pages ({@code #{currentUser.displayName}}). */
@Named
@RequestScoped
public class CurrentUser {

  @Inject AccessPolicy access;
  @Inject RequestAccount requestAccount;

  private Viewer viewer;
  private Optional<Person> person;

  public Viewer viewer() {
    if (viewer == null) {
      viewer = access.viewer();
    }
    return viewer;
  }

  public Optional<Person> person() {
    if (person == null) {
      person =
          viewer().isSignedIn() ? requestAccount.person(viewer().personId()) : Optional.empty();
    }
    return person;
  }

  public boolean isSignedIn() {
    return viewer().isSignedIn();
  }

  public String getDisplayName() {
    return person().map(Person::getDisplayName).orElse("");
  }

  /**
   * The signed-in person's id, on every signed-in page for leave-device.js: answers this browser
   * kept for anyone else (a session that ended on a shared device) are removed when they sign in.
   */
  public long getPersonId() {
    return viewer().personId();
  }

  public boolean isAdmin() {
    return viewer().has(Role.ADMIN);
  }

  public boolean isFacilitator() {
    return viewer().has(Role.FACILITATOR);
  }

  public boolean isParticipant() {
    return viewer().has(Role.PARTICIPANT);
  }

  /** Where this person's Pawprints starts: the most powerful of their roles' home pages. */
  public String getHomePath() {
    return homePathFor(viewer().roles());
  }

  static String homePathFor(Set<Role> roles) {
    if (roles.contains(Role.ADMIN)) {
      return "/admin/index.xhtml";
    }
    if (roles.contains(Role.FACILITATOR)) {
      return "/facilitate/index.xhtml";
    }
    if (roles.contains(Role.PARTICIPANT)) {
      return "/my/index.xhtml";
    }
    return "/account/profile.xhtml";
  }
}
