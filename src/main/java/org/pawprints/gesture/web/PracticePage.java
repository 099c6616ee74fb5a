package org.pawprints.gesture.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.gesture.application.Bids;
import org.pawprints.gesture.application.PracticeMoments;
import org.pawprints.gesture.application.Repairs;
import org.pawprints.gesture.domain.MomentKind;

/** The practice hub: the five practices between sessions, and this week's counts of my own logs. */
@Named
@RequestScoped
public class PracticePage {

  @Inject Bids bids;
  @Inject Repairs repairs;
  @Inject Appreciations appreciations;
  @Inject PracticeMoments moments;

  public long getBidsThisWeek() {
    return bids.countThisWeek();
  }

  public long getRepairsThisWeek() {
    return repairs.countThisWeek();
  }

  public long getAppreciationsSentThisWeek() {
    return appreciations.sentThisWeek();
  }

  /** This week's count for the practice of steps 1, 5 and 7, by its slug. */
  public long momentsThisWeek(String kind) {
    return MomentKind.ofSlug(kind).map(moments::countThisWeek).orElse(0L);
  }

  public long getAppreciationsReceivedThisWeek() {
    return appreciations.receivedThisWeek();
  }
}
