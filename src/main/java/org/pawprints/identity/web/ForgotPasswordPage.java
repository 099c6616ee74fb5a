package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.identity.application.PasswordReset;
import org.pawprints.identity.domain.EmailAddress;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** "Forgot password": the same answer whether or not the email has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {

  @Inject PasswordReset reset;
  @Inject FacesContext faces;
  @Inject Feedback feedback;

  private String email;
  private boolean sent;

  public void send() {
    if (EmailAddress.parse(email).isEmpty()) {
      feedback.errorOn("forgot:email", "email.invalid");
      return;
    }
    reset.request(email, FacesPages.clientAddress());
    sent = true;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isSent() {
    return sent;
  }
}
