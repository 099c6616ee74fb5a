package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.pawprints.cohort.application.InvitationLook;
import org.pawprints.cohort.application.Invitations;
import org.pawprints.cohort.domain.CohortProblem;
import org.pawprints.identity.application.AccountProblem;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.Language;

/**
 * The page an invitation link opens: a new person creates their account and joins; a person with an
 * account signs in and joins. Used, expired and revoked links get a calm explanation.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Invitations invitations;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage currentLanguage;
  @Inject transient CurrentUser currentUser;

  private String token;
  private InvitationLook look = InvitationLook.UNKNOWN;
  private String displayName;
  private Language language;
  private String password;
  private String confirmation;
  private boolean joined;

  public void load() {
    look = invitations.look(token);
    displayName = look.suggestedName();
    language = look.language() == null ? currentLanguage.getLanguage() : look.language();
  }

  /** Called by the page's script once shown in a browser: link scanners do not mark it opened. */
  public void opened() {
    invitations.opened(token);
  }

  public void createAccount() throws IOException {
    String chosen = password;
    String again = confirmation;
    password = null;
    confirmation = null;
    if (chosen == null || !chosen.equals(again)) {
      feedback.errorOn("accept:confirmation", "password.mismatch");
      return;
    }
    try {
      invitations.acceptAsNewPerson(
          token, displayName, language, chosen, PageSupport.clientAddress());
    } catch (AccountProblem problem) {
      feedback.error(problem.messageKey());
      return;
    } catch (CohortProblem problem) {
      look = invitations.look(token);
      feedback.error(problem.messageKey());
      return;
    }
    feedback.infoAfterRedirectIn(language, "invitation.welcomeNew", look.cohortName());
    PageSupport.redirect("/login.xhtml");
  }

  public void join() throws IOException {
    try {
      invitations.acceptAsSignedIn(token, PageSupport.clientAddress());
    } catch (CohortProblem problem) {
      look = invitations.look(token);
      feedback.error(problem.messageKey());
      return;
    }
    joined = true;
  }

  /** Shown after joining: the page says so and links to the person's home. */
  public boolean isJoined() {
    return joined;
  }

  public String getHomePath() {
    return currentUser.getHomePath();
  }

  /** Where "sign in to accept" goes: the login page, which brings the person back here. */
  public String getSignInPath() {
    String back = "/invitation.xhtml?token=" + (token == null ? "" : token);
    return "/login.xhtml?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  public InvitationLook getLook() {
    return look;
  }

  public boolean isUsable() {
    return look.usable();
  }

  public boolean isHasAccount() {
    return look.hasAccount();
  }

  public String getCohortName() {
    return look.cohortName();
  }

  public String getEmail() {
    return look.email();
  }

  /** Whether the signed-in person is the one invited (else they must sign in as that one). */
  public boolean isSignedInAsInvited() {
    return currentUser.person().map(p -> p.getEmail().equalsIgnoreCase(look.email())).orElse(false);
  }

  public String getState() {
    return look.state().name();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
