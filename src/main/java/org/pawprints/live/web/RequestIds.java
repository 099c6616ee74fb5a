package org.pawprints.live.web;

import jakarta.faces.context.FacesContext;

/**
 * What a stateless live screen's requests carry as parameters: ids (the session, an activity, a
 * question) and the names a tap sends (a reaction's kind, the remote command that sent it).
 */
final class RequestIds {

  private RequestIds() {}

  /** A whole-number id from the request, or null when it is missing or is not one. */
  static Long named(String name) {
    String value = text(name);
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  /** A parameter of the request as sent, or null when it is missing (or there is no request). */
  static String text(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
  }
}
