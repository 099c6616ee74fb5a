package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.live.application.MyLiveAnswers;
import org.pawprints.live.application.MyLiveSession;

/** The live sessions I was in and my own answers there (/my/live-sessions.xhtml). */
@Named
@RequestScoped
public class MyLiveSessionsPage {

  @Inject MyLiveAnswers answers;

  private List<MyLiveSession> sessions;

  public List<MyLiveSession> getSessions() {
    if (sessions == null) {
      sessions = answers.mine();
    }
    return sessions;
  }
}
