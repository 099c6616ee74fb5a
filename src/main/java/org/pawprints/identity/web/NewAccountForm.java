package org.pawprints.identity.web;

import java.io.Serializable;
import java.util.Optional;
import org.pawprints.platform.i18n.Language;

/**
 * What a person fills in to get an account or a new password: email, name, language, and a password
 * typed twice. Shared by the setup, reset, invitation and join pages. The password leaves this
 * (session-held) form as soon as it is read.
 */
public class NewAccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String email;
  private String displayName;
  private Language language;
  private String password;
  private String confirmation;

  /** The password when both copies match; either way both are forgotten. */
  public Optional<String> takeMatchingPassword() {
    String chosen = password;
    String again = confirmation;
    password = null;
    confirmation = null;
    return chosen != null && chosen.equals(again) ? Optional.of(chosen) : Optional.empty();
  }

  public Language[] getLanguages() {
    return Language.values();
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
