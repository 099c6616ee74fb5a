package org.pawprints.identity.application;

/**
 * Someone asked for something that is not theirs to see or do. Shown as the friendly 403 page
 * (web.xml); the message is for logs and never names what was asked for beyond an id.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
