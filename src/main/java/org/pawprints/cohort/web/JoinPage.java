package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.JoinPaused;
import org.pawprints.cohort.domain.CohortProblem;
import org.pawprints.identity.application.AccountProblem;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.identity.web.NewAccountForm;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** Joining a cohort with the code a facilitator read out: signed in, or with a new account. */
@Named
@ViewScoped
public class JoinPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient JoinCodes codes;
  @Inject transient Feedback feedback;
  @Inject transient CurrentUser currentUser;
  @Inject transient CurrentLanguage currentLanguage;

  private String code;
  private String joinedCohort;
  private final NewAccountForm account = new NewAccountForm();

  public void load() {
    account.setLanguage(currentLanguage.getLanguage());
  }

  public void join() {
    try {
      joinedCohort = codes.joinSignedIn(code, FacesPages.clientAddress());
    } catch (JoinPaused paused) {
      feedback.errorOn("join:code", paused.messageKey(), paused.minutes());
    } catch (CohortProblem problem) {
      feedback.errorOn("join:code", problem.messageKey());
    }
  }

  public void createAndJoin() throws IOException {
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("join:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    String name;
    try {
      name =
          codes.joinAsNewPerson(
              code,
              account.getEmail(),
              account.getDisplayName(),
              account.getLanguage(),
              chosen,
              FacesPages.clientAddress());
    } catch (JoinPaused paused) {
      feedback.errorOn("join:code", paused.messageKey(), paused.minutes());
      return;
    } catch (CohortProblem problem) {
      feedback.errorOn("join:code", problem.messageKey());
      return;
    } catch (AccountProblem problem) {
      feedback.error(problem.messageKey());
      return;
    }
    feedback.infoAfterRedirectIn(account.getLanguage(), "invitation.welcomeNew", name);
    FacesPages.redirect("/login.xhtml");
  }

  public boolean isSignedIn() {
    return currentUser.isSignedIn();
  }

  public boolean isJoined() {
    return joinedCohort != null;
  }

  public String getJoinedCohort() {
    return joinedCohort;
  }

  public String getHomePath() {
    return currentUser.getHomePath();
  }

  /** Sign in, then come back here with the code already typed. */
  public String getSignInPath() {
    String back =
        "/join.xhtml" + (code == null ? "" : "?code=" + code.replaceAll("[^A-Za-z0-9]", ""));
    return "/login.xhtml?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
