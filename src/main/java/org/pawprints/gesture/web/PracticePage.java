package org.pawprints.gesture.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.gesture.application.Bids;
import org.pawprints.gesture.application.Repairs;

/** The practice hub: the five practices between sessions, and this week's counts of my own logs. */
@Named
@RequestScoped
public class PracticePage {

  @Inject Bids bids;
  @Inject Repairs repairs;
  @Inject Appreciations appreciations;

  public long getBidsThisWeek() {
    return bids.countThisWeek();
  }

  public long getRepairsThisWeek() {
    return repairs.countThisWeek();
  }

  public long getAppreciationsSentThisWeek() {
    return appreciations.sentThisWeek();
  }

  public long getAppreciationsReceivedThisWeek() {
    return appreciations.receivedThisWeek();
  }
}
