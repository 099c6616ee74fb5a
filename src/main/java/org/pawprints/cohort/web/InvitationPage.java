package org.pawprints.cohort.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pawprints.cohort.application.InvitationAcceptance;
import org.pawprints.cohort.application.InvitationLook;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.identity.web.NewAccountForm;
import org.pawprints.identity.web.SessionSignIn;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.LinkToken;

/**
 * The page an invitation link opens: a new person creates their account and joins; a person with an
 * account signs in and joins. Used, expired and revoked links get a calm explanation.
 *
 * <p>The page keeps no view on the server (a stateless view): an invitation opened on a phone and
 * finished after the session ended still creates the account, and a mistake still gets its message.
 * Each request reads the invitation again from its link's token ({@link LinkToken}).
 */
@Named
@RequestScoped
public class InvitationPage {

  @Inject InvitationAcceptance invitations;
  @Inject Feedback feedback;
  @Inject CurrentLanguage currentLanguage;
  @Inject CurrentUser currentUser;
  @Inject SessionSignIn sessionSignIn;

  private String token;
  private InvitationLook look;
  private boolean joined;
  private final NewAccountForm account = new NewAccountForm();

  /** On opening the link: the form starts from what the invitation suggests. */
  public void load() {
    account.setDisplayName(look().suggestedName());
    account.setLanguage(suggestedLanguage());
  }

  /** The invitation, read once per request at its first use. */
  private InvitationLook look() {
    if (look == null) {
      look = invitations.look(getToken());
    }
    return look;
  }

  private Language suggestedLanguage() {
    return look().language() == null ? currentLanguage.getLanguage() : look().language();
  }

  /** Called by the page's script once shown in a browser: link scanners do not mark it opened. */
  public void opened() {
    invitations.opened(getToken());
  }

  public void createAccount() throws IOException {
    Optional<String> matching = account.takeMatchingPassword();
    if (matching.isEmpty()) {
      feedback.errorOn("accept:confirmation", "password.mismatch");
      return;
    }
    String chosen = matching.get();
    try {
      invitations.acceptAsNewPerson(
          getToken(),
          account.getDisplayName(),
          account.getLanguage(),
          chosen,
          FacesPages.clientAddress());
    } catch (Refusal problem) {
      look = invitations.look(getToken());
      feedback.error(problem.messageKey());
      return;
    }
    signInAndGoHome(chosen);
  }

  /**
   * The person has just chosen their password: they are signed in with it and land on their
   * dashboard (issue 13, session 6). When that cannot be (someone else is signed in on this
   * browser, or the sign-in is refused), the sign-in form opens with their address filled in.
   */
  private void signInAndGoHome(String chosen) throws IOException {
    Optional<String> home =
        currentUser.isSignedIn() ? Optional.empty() : sessionSignIn.signIn(look().email(), chosen);
    if (home.isPresent()) {
      feedback.noteAfterRedirectIn(
          account.getLanguage(), "invitation.welcomeSignedIn", look().cohortName());
      FacesPages.redirect(home.get());
      return;
    }
    feedback.infoAfterRedirectIn(
        account.getLanguage(), "invitation.welcomeNew", look().cohortName());
    sessionSignIn.offerEmail(look().email());
    FacesPages.redirect("/login.xhtml");
  }

  public void join() throws IOException {
    try {
      invitations.acceptAsSignedIn(getToken(), FacesPages.clientAddress());
    } catch (Refusal problem) {
      look = invitations.look(getToken());
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
    String secret = getToken();
    String back = "/invitation.xhtml?token=" + (secret == null ? "" : secret);
    return "/login.xhtml?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  /** Whether the language chosen for the invited person is not the one this page is read in. */
  public boolean isLanguageUnlikePage() {
    Language chosen = account.getLanguage() == null ? suggestedLanguage() : account.getLanguage();
    return chosen != currentLanguage.getLanguage();
  }

  public boolean isUsable() {
    return look().usable();
  }

  public boolean isHasAccount() {
    return look().hasAccount();
  }

  public String getCohortName() {
    return look().cohortName();
  }

  public String getEmail() {
    return look().email();
  }

  /** The partner a CSV named for this invitation, or null: accepting is consenting to pair. */
  public String getPreparedPartner() {
    return look().preparedPartner();
  }

  /** Whether the signed-in person is the one invited (else they must sign in as that one). */
  public boolean isSignedInAsInvited() {
    return currentUser
        .person()
        .map(p -> p.getEmail().equalsIgnoreCase(look().email()))
        .orElse(false);
  }

  public String getState() {
    return look().state().name();
  }

  /** The link's token, also on a post (see {@link LinkToken}). */
  public String getToken() {
    token = LinkToken.of(token);
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public NewAccountForm getAccount() {
    return account;
  }
}
