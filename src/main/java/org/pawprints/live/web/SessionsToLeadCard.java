package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.SessionsToLead;

/**
 * The facilitator home's live sessions (WEB-INF/includes/live-to-lead.xhtml): each not ended yet,
 * one tap to its control screen or presenter screen.
 */
@Named
@RequestScoped
public class SessionsToLeadCard {

  @Inject SessionsToLead toLead;

  private List<SessionsToLead.Line> sessions;

  public List<SessionsToLead.Line> getSessions() {
    if (sessions == null) {
      sessions = toLead.mine();
    }
    return sessions;
  }
}
