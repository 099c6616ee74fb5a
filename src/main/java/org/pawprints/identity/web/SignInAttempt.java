package org.pawprints.identity.web;

import jakarta.enterprise.context.RequestScoped;
import org.pawprints.identity.application.SignInResult;

/** Carries the outcome of this request's sign-in from the identity store to the login page. */
@RequestScoped
public class SignInAttempt {

  private SignInResult result;

  void remember(SignInResult result) {
    this.result = result;
  }

  public SignInResult result() {
    return result;
  }
}
