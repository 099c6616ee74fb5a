package org.pawprints.live.application;

/**
 * A question as one screen shows it: {@code author} is null when it was asked anonymously (and on
 * every screen the author's name is all that is known of them); {@code mine} and {@code votedByMe}
 * are about the viewer.
 */
public record QuestionLine(
    long id,
    String text,
    String author,
    long votes,
    boolean mine,
    boolean votedByMe,
    String state) {

  public boolean anonymous() {
    return author == null;
  }

  /** The room sees it and may upvote it. */
  public boolean inTheRoom() {
    return state.equals("APPROVED") || state.equals("ANSWERING");
  }
}
