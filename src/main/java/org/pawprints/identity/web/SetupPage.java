package org.pawprints.identity.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import org.pawprints.identity.application.AccountProblem;
import org.pawprints.identity.application.FirstAdmin;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;
import org.pawprints.platform.web.Language;

/** Creating the first administrator with the one-time setup link from the log. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient FirstAdmin firstAdmin;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage currentLanguage;

  private String token;
  private boolean usable;
  private String email;
  private String displayName;
  private Language language;
  private String password;
  private String confirmation;

  public void load() {
    usable = firstAdmin.isUsable(token);
    language = currentLanguage.getLanguage();
  }

  public void create() throws IOException {
    // Passwords leave the (session-held) view bean as soon as they are read.
    String chosen = password;
    String again = confirmation;
    password = null;
    confirmation = null;
    if (chosen == null || !chosen.equals(again)) {
      feedback.errorOn("setup:confirmation", "password.mismatch");
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      firstAdmin.createWithLink(
          token,
          email,
          displayName,
          language,
          chosen,
          ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
    } catch (AccountProblem problem) {
      if ("setup.linkInvalid".equals(problem.messageKey())) {
        usable = false;
      }
      feedback.error(problem.messageKey());
      return;
    }
    feedback.infoAfterRedirect("setup.done");
    faces
        .getExternalContext()
        .redirect(faces.getExternalContext().getRequestContextPath() + "/login.xhtml");
  }

  public Language[] getLanguages() {
    return Language.values();
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

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
