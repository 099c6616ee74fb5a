package org.pawprints.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.pawprints.identity.application.SignIn;
import org.pawprints.identity.application.SignInResult;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.platform.web.ClientAddress;

/**
 * Jakarta Security's view of our people: checks the email and password through {@link SignIn} and
 * answers with the person's id as the caller name and their roles as groups.
 */
@ApplicationScoped
public class PawprintsIdentityStore implements IdentityStore {

  @Inject SignIn signIn;
  @Inject HttpServletRequest request;
  @Inject SignInAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result =
        signIn.attempt(login.getCaller(), login.getPasswordAsString(), ClientAddress.of(request));
    attempt.remember(result);
    if (result.outcome() != SignInResult.Outcome.SIGNED_IN) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Person person = result.person();
    return new CredentialValidationResult(
        new CallerPrincipal(String.valueOf(person.getId())),
        person.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
