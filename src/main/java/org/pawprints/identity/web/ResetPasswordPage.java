package org.pawprints.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** Choosing a new password from a reset link. */
@Named
@ViewScoped
public class ResetPasswordPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PasswordReset reset;
  @Inject transient Feedback feedback;

  private String token;
  private boolean usable;
  private final NewAccountForm account = new NewAccountForm();

  public void load() {
    usable = reset.isUsable(token);
  }

  public void save() throws IOException {
    // Passwords leave the (session-held) view bean as soon as they are read.
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("reset:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    try {
      reset.complete(token, chosen, FacesPages.clientAddress());
    } catch (Refusal problem) {
      if ("reset.linkInvalid".equals(problem.messageKey())) {
        usable = false;
      }
      feedback.error(problem.messageKey());
      return;
    }
    feedback.infoAfterRedirect("reset.done");
    FacesPages.redirect("/login.xhtml");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isUsable() {
    return usable;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
