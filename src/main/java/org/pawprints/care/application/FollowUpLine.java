package org.pawprints.care.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.pawprints.care.domain.FollowUpReason;

/**
 * One line of the follow-up list as a facilitator sees it: who to check in with, why (a reason code
 * the page puts in words), since when, and, once done, when and the private note. Never a
 * participant's answers or words. A class with getters, because pages read it (EL cannot read
 * records).
 */
public final class FollowUpLine implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final List<String> who;
  private final FollowUpReason reason;
  private final Instant openedAt;
  private final Instant doneAt;
  private final String doneBy;
  private final String note;

  FollowUpLine(
      long id,
      List<String> who,
      FollowUpReason reason,
      Instant openedAt,
      Instant doneAt,
      String doneBy,
      String note) {
    this.id = id;
    this.who = List.copyOf(who);
    this.reason = reason;
    this.openedAt = openedAt;
    this.doneAt = doneAt;
    this.doneBy = doneBy;
    this.note = note;
  }

  public long getId() {
    return id;
  }

  /** The person's display name (or the first partner's, for a couple). */
  public String getWho() {
    return who.get(0);
  }

  /** For a couple, the second partner's display name; the page's sentence joins the two. */
  public String getPartner() {
    return who.size() > 1 ? who.get(1) : "";
  }

  public boolean isCouple() {
    return who.size() > 1;
  }

  public FollowUpReason getReason() {
    return reason;
  }

  public String getReasonName() {
    return reason.name();
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public String getNote() {
    return note;
  }
}
