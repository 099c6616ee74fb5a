package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.LinkToken;

/**
 * Choosing a new password from a reset link. The page keeps no view on the server (a stateless
 * view, like sign-in): a link opened on a phone and finished an hour later still sets the password.
 * The token comes back with the form's address ({@code StatelessViewAddress}).
 */
@Named
@RequestScoped
public class ResetPasswordPage {

  @Inject PasswordReset reset;
  @Inject Feedback feedback;

  private String token;
  private Boolean usable;
  private final NewAccountForm account = new NewAccountForm();

  public void save() throws IOException {
    // Passwords leave the bean as soon as they are read.
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("reset:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    try {
      reset.complete(getToken(), chosen, FacesPages.clientAddress());
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

  /** The link's token, also on a post (see {@link LinkToken}). */
  public String getToken() {
    token = LinkToken.of(token);
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /**
   * Whether the link still works, asked once per request at its first use: on a post, when Faces
   * decides whether the form's fields take part (the token has come back with the form's address by
   * then), since a stateless page remembers nothing from its opening.
   */
  public boolean isUsable() {
    if (usable == null) {
      String secret = getToken();
      usable = secret != null && reset.isUsable(secret);
    }
    return usable;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
