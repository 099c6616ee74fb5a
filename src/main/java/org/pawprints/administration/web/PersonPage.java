package org.pawprints.administration.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.pawprints.administration.application.PeopleDirectory;
import org.pawprints.identity.application.AccountErasure;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.identity.application.StaffInvitations;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.identity.web.SessionGuardFilter;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** One person, for an administrator: roles, pausing the account, a password-reset link. */
@Named
@ViewScoped
public class PersonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient PeopleDirectory directory;
  @Inject transient PasswordReset reset;
  @Inject transient Feedback feedback;
  @Inject transient CurrentUser currentUser;
  @Inject transient AccountErasure erasure;
  @Inject transient StaffInvitations staff;

  private Long id;
  private transient Person person;
  private boolean pausing;

  public void load() throws IOException {
    if (id == null || accounts.find(id).isEmpty()) {
      FacesPages.notFound();
    }
  }

  public Person getPerson() {
    if (person == null && id != null) {
      person = accounts.find(id).orElse(null);
    }
    return person;
  }

  public String getCohorts() {
    return String.join(", ", directory.cohortNames(List.of(id)).getOrDefault(id, List.of()));
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public boolean has(Role role) {
    return getPerson() != null && getPerson().hasRole(role);
  }

  public void grant(Role role) throws IOException {
    change(() -> accounts.grant(id, role, client()), "people.roleGranted");
    keepMySession();
  }

  public void revoke(Role role) throws IOException {
    change(() -> accounts.revoke(id, role, client()), "people.roleRevoked");
    keepMySession();
  }

  /**
   * A role change ends the person's sessions; when an administrator changes their own roles, this
   * session goes on (the new role counts from their next sign-in), and only their others end.
   */
  private void keepMySession() {
    if (id != null && id.equals(currentUser.viewer().personId())) {
      accounts
          .find(id)
          .ifPresent(
              me ->
                  FacesContext.getCurrentInstance()
                      .getExternalContext()
                      .getSessionMap()
                      .put(SessionGuardFilter.CREDENTIALS_VERSION, me.getCredentialsVersion()));
    }
  }

  /** Pausing an account asks first (issue 13): the person is signed out everywhere at once. */
  public void askPause() {
    pausing = true;
  }

  public void cancelPause() {
    pausing = false;
  }

  public boolean isPausing() {
    return pausing;
  }

  public void deactivate() throws IOException {
    pausing = false;
    change(() -> accounts.deactivate(id, client()), "people.deactivated");
  }

  public void reactivate() throws IOException {
    change(() -> accounts.reactivate(id, client()), "people.reactivated");
  }

  /** Erases the account at the person's request (issue 10): audited, with no words kept. */
  public void erase() throws IOException {
    change(() -> erasure.eraseOnRequest(id, client()), "people.erased");
  }

  public void sendReset() throws IOException {
    change(() -> reset.sendFor(id, client()), "people.resetSent");
  }

  /** Staff invited by email who have not chosen a password yet (issue 13). */
  public boolean isAwaitingWelcome() {
    return getPerson() != null && StaffInvitations.awaitsWelcome(getPerson());
  }

  public void resendWelcome() throws IOException {
    change(() -> staff.resend(id, client()), "staff.welcomeResent");
  }

  /** Runs the change; on success, shows this page again (Post-Redirect-Get) with a message. */
  private void change(Runnable action, String doneKey) throws IOException {
    if (!feedback.attempt(action)) {
      return;
    }
    feedback.infoAfterRedirect(doneKey);
    FacesPages.redirect("/admin/person.xhtml?id=" + id);
  }

  private static String client() {
    return FacesPages.clientAddress();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
