package org.pawprints.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.refusal.Refusal;

/**
 * Puts a translated message on the page, for the whole form or for one field; {@link #attempt} runs
 * a service call and turns its refusal into such a message.
 */
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

  /** Flash key of the one-line note {@link #noteAfterRedirectIn} leaves for the next page. */
  public static final String NOTE = "pawprints.note";

  /**
   * A note for the page a redirect leads to, outside any form's messages (a home page whose cards
   * have their own): {@code #{flash['pawprints.note']}}. Used to say "you are signed in" once.
   */
  public void noteAfterRedirectIn(Language inLanguage, String key, Object... arguments) {
    faces.getExternalContext().getFlash().put(NOTE, Messages.get(inLanguage, key, arguments));
  }

  /**
   * Runs a service call for the page. A refusal (plain, or wrapped by the transaction) becomes its
   * translated message on the form, and the answer is false; any other failure goes on up.
   *
   * @return whether the call went through, so the page can say "done" and reload
   */
  public boolean attempt(Runnable action) {
    return attemptOn(null, action);
  }

  /** The same, with the refusal's message shown beside one field ({@code form:field}). */
  public boolean attemptOn(String clientId, Runnable action) {
    try {
      action.run();
      return true;
    } catch (RuntimeException failed) {
      Refusal refusal = Refusal.in(failed).orElseThrow(() -> failed);
      add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.arguments());
      return false;
    }
  }

  private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
    String text = Messages.get(language.getLanguage(), key, args);
    faces.addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
