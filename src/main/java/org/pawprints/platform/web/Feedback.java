package org.pawprints.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;

/** Puts a translated message on the page, for the whole form or for one field. */
@RequestScoped
public class Feedback {

  @Inject FacesContext faces;
  @Inject CurrentLanguage language;

  public void error(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void errorOn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public void info(String key, Object... arguments) {
    add(null, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** An info message that survives a redirect (Post-Redirect-Get). */
  public void infoAfterRedirect(String key, Object... arguments) {
    infoAfterRedirectIn(language.getLanguage(), key, arguments);
  }

  /** The same, in a language just chosen (this request still speaks the previous one). */
  public void infoAfterRedirectIn(Language inLanguage, String key, Object... arguments) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    String text = Messages.get(inLanguage, key, arguments);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = Messages.get(language.getLanguage(), key, args);
    faces.addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
