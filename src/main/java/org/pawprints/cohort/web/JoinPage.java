package org.pawprints.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pawprints.cohort.application.JoinCodes;
import org.pawprints.cohort.application.JoinRequests;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.identity.web.NewAccountForm;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Joining a cohort with the code a facilitator read out: signed in, or by asking for a new account,
 * which waits for the confirmation link mailed to the address ({@code join-confirm.xhtml}).
 */
@Named
@ViewScoped
public class JoinPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient JoinCodes codes;
  @Inject transient JoinRequests requests;
  @Inject transient Feedback feedback;
  @Inject transient CurrentUser currentUser;
  @Inject transient CurrentLanguage currentLanguage;

  private String code;
  private String joinedCohort;
  private boolean mailSent;
  private final NewAccountForm account = new NewAccountForm();

  public void load() {
    account.setLanguage(currentLanguage.getLanguage());
  }

  public void join() {
    feedback.attemptOn(
        "join:code", () -> joinedCohort = codes.joinSignedIn(code, FacesPages.clientAddress()));
  }

  /**
   * Asks to join with a new account: a confirmation link goes to the typed address, and the page
   * says "check your mail" (the same whether or not the address already has an account).
   */
  public void requestToJoin() {
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("join:confirmation", "password.mismatch");
      return;
    }
    try {
      requests.request(
          code,
          account.getEmail(),
          account.getDisplayName(),
          account.getLanguage(),
          matching.get(),
          FacesPages.clientAddress());
    } catch (Refusal refused) {
      if (JoinCodes.concernsTheCode(refused)) {
        feedback.errorOn("join:code", refused.messageKey(), refused.arguments());
      } else {
        feedback.error(refused.messageKey());
      }
      return;
    }
    mailSent = true;
  }

  public boolean isMailSent() {
    return mailSent;
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
