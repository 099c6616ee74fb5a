package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.Feedback;

/** Runs a page's action and turns a refusal into the translated message on the page. */
@RequestScoped
public class LiveFeedback {

  @Inject Feedback feedback;

  /** True when the action went through. */
  public boolean attempt(Runnable action) {
    try {
      action.run();
      return true;
    } catch (Refusal refusal) {
      feedback.error(refusal.messageKey(), refusal.arguments());
      return false;
    }
  }
}
