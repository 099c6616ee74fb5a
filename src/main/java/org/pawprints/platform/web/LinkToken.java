package org.pawprints.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * The secret token of a mailed link (an invitation, a password reset, the first administrator's
 * set-up, a join confirmation), as a stateless page reads it.
 *
 * <p>Such a page keeps no view on the server, so a link opened on a phone and finished after the
 * session ended still works. On its post the page is built afresh and asks whether the link is
 * usable (to know which fields take part) before Faces applies its view parameter; by then the
 * token has come back in the form's address ({@link StatelessViewAddress}), where it is read.
 */
public final class LinkToken {

  /** The request parameter, and the pages' view parameter, that carries the token. */
  public static final String PARAMETER = "token";

  private LinkToken() {}

  /** {@code applied} when the view parameter has set it, else the request's own parameter. */
  public static String of(String applied) {
    if (applied != null) {
      return applied;
    }
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(PARAMETER);
  }
}
