package org.pawprints.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.pawprints.platform.web.LocalReturnPath;

/**
 * Form sign-in on our own Faces page ({@code /login.xhtml}): the page hands the credential over
 * through {@code SecurityContext.authenticate}; a visitor who opens a protected page first is sent
 * to the login page and brought back afterwards. The session carries the sign-in.
 */
@ApplicationScoped
@AutoApplySession
public class PawprintsAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential == null) {
      if (context.isProtected()) {
        return context.redirect(loginAddress(request));
      }
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static String loginAddress(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String query = request.getQueryString();
    String back = LocalReturnPath.sanitize(query == null ? path : path + "?" + query);
    return request.getContextPath()
        + "/login.xhtml?return="
        + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }
}
