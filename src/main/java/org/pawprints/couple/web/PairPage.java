package org.pawprints.couple.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pawprints.couple.application.PairLook;
import org.pawprints.couple.application.Paired;
import org.pawprints.couple.application.Pairing;
import org.pawprints.couple.domain.PairingCode;
import org.pawprints.identity.web.CurrentUser;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * Where a partner's link lands (/pair.xhtml?code=...), and where a code is typed. A visitor who is
 * not signed in is asked to sign in and comes back with the code; nothing is told about the code
 * until then.
 */
@Named
@ViewScoped
public class PairPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Pairing pairing;
  @Inject transient Feedback feedback;
  @Inject transient CurrentUser currentUser;

  private String code;
  private PairLook look;
  private Paired paired;

  public void load() {
    if (currentUser.isSignedIn() && code != null) {
      look = pairing.look(code);
    }
  }

  public void accept() {
    if (!feedback.attemptOn(
        "pair:code", () -> paired = pairing.accept(code, FacesPages.clientAddress()))) {
      look = pairing.look(code);
    }
  }

  public boolean isSignedIn() {
    return currentUser.isSignedIn();
  }

  public boolean isPaired() {
    return paired != null;
  }

  public Paired getOutcome() {
    return paired;
  }

  public PairLook getLook() {
    return look;
  }

  public boolean isKnown() {
    return look != null && look.isKnown();
  }

  public String getHomePath() {
    return currentUser.getHomePath();
  }

  /** Sign in, then come back with the code (only code characters survive the trip). */
  public String getSignInPath() {
    String back =
        "/pair.xhtml"
            + Optional.ofNullable(code)
                .flatMap(PairingCode::parse)
                .map(c -> "?code=" + c)
                .orElse("");
    return "/login.xhtml?return=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
