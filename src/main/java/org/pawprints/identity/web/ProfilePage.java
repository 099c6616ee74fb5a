package org.pawprints.identity.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.pawprints.identity.application.AccountErasure;
import org.pawprints.identity.application.Accounts;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/** My profile: name, language, password, and "download my data". */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Accounts accounts;
  @Inject transient MyDataExport export;
  @Inject transient Feedback feedback;
  @Inject transient AccountErasure erasure;

  private String displayName;
  private Language language;
  private String email;
  private String currentPassword;
  private String newPassword;
  private String confirmation;
  private boolean confirmingErase;

  public void load() {
    Person me = accounts.me();
    displayName = me.getDisplayName();
    language = me.getLanguage();
    email = me.getEmail();
  }

  public void saveProfile() throws IOException {
    if (!feedback.attemptOn(
        "profile:displayName",
        () -> accounts.updateProfile(displayName, language, clientAddress()))) {
      return;
    }
    // Reload so the page itself speaks the newly chosen language.
    feedback.infoAfterRedirectIn(language, "profile.saved");
    FacesPages.redirect("/account/profile.xhtml");
  }

  public void changePassword() {
    String current = currentPassword;
    String chosen = newPassword;
    String again = confirmation;
    currentPassword = null;
    newPassword = null;
    confirmation = null;
    if (chosen == null || !chosen.equals(again)) {
      feedback.errorOn("password:confirmation", "password.mismatch");
      return;
    }
    try {
      int version = accounts.changePassword(current, chosen, clientAddress());
      // This session goes on with the new password; every other session of mine ends.
      request().getSession().setAttribute(SessionGuardFilter.CREDENTIALS_VERSION, version);
      feedback.info("password.changed");
    } catch (Refusal problem) {
      feedback.error(problem.messageKey());
    }
  }

  /** Streams the JSON file; a POST, since it is recorded in the audit log. */
  public void downloadMyData() throws IOException {
    JsonObject data = export.export(clientAddress());
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json;charset=UTF-8");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"pawprints-my-data.json\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (JsonWriter writer =
        Json.createWriter(
            new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8))) {
      writer.writeObject(data);
    }
    faces.responseComplete();
  }

  /** "Delete my account": first says what is erased and what the partner will see. */
  public void startErasing() {
    confirmingErase = true;
  }

  public void keepMyAccount() {
    confirmingErase = false;
  }

  /** Confirmed: everything I wrote is erased, this session ends, and sign-in says so. */
  public void eraseMyAccount() throws IOException, jakarta.servlet.ServletException {
    if (!feedback.attempt(erasure::eraseMine)) {
      confirmingErase = false;
      return;
    }
    HttpServletRequest request = request();
    request.logout();
    request.getSession().invalidate();
    FacesPages.redirect("/login.xhtml?erased=true");
  }

  public boolean isConfirmingErase() {
    return confirmingErase;
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static String clientAddress() {
    return FacesPages.clientAddress();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public String getEmail() {
    return email;
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

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
