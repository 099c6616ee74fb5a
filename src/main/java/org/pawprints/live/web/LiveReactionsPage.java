package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.pawprints.live.application.LiveReactions;
import org.pawprints.live.application.ReactionCount;
import org.pawprints.live.domain.ReactionKind;

/**
 * Reactions on the live pages: a participant's buttons, the facilitator's switch, the counts on the
 * presenter and control screens. Read afresh on every request.
 */
@Named("liveReactions")
@RequestScoped
public class LiveReactionsPage {

  @Inject LiveReactions reactions;
  @Inject LiveFeedback attempt;

  private List<ReactionCount> counts;
  private Boolean open;

  /**
   * A tap on one of the participant's reaction buttons: its kind travels with the tap ({@code
   * kind}); the buttons are plain markup that one remote command sends. An unknown kind does
   * nothing.
   */
  public void reactTapped(Long session) {
    String kind = RequestIds.text("kind");
    Arrays.stream(ReactionKind.values())
        .filter(k -> k.name().equals(kind))
        .findFirst()
        .ifPresent(k -> attempt.attempt(() -> reactions.react(session, k)));
  }

  public void switchReactions(Long session, boolean on) {
    attempt.attempt(() -> reactions.switchReactions(session, on));
    counts = null;
  }

  /** Whether the participant's buttons show, as the page read it with the room's state. */
  void readWith(boolean shown) {
    open = shown;
  }

  /** The participant's buttons show. */
  public boolean open(Long session) {
    if (open == null) {
      open = session != null && reactions.open(session);
    }
    return open;
  }

  public boolean switchedOn(Long session) {
    return session != null && reactions.switchedOn(session);
  }

  public List<ReactionCount> counts(Long session) {
    if (counts == null) {
      counts = session == null ? List.of() : reactions.counts(session);
    }
    return counts;
  }

  public ReactionKind[] getKinds() {
    return ReactionKind.values();
  }
}
