package org.pawprints.live.web;

import jakarta.faces.context.FacesContext;

/** Ids that a stateless live screen's requests carry as parameters (the session, an activity). */
final class RequestIds {

  private RequestIds() {}

  /** A whole-number id from the request, or null when it is missing or is not one. */
  static Long named(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String value =
        faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
    try {
      return value == null ? null : Long.valueOf(value.strip());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }
}
