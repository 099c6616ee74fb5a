package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.SessionLine;

/**
 * The dashboard's "live now" card (WEB-INF/includes/live-now.xhtml, included by the learning
 * feature's dashboard): the open sessions of my cohorts, one tap to join, and joining by code.
 */
@Named
@RequestScoped
public class LiveNowCard {

  @Inject LivePlanning planning;

  private List<SessionLine> sessions;

  public List<SessionLine> getSessions() {
    if (sessions == null) {
      sessions = planning.liveNow();
    }
    return sessions;
  }
}
