package org.pawprints.live.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.pawprints.platform.refusal.Refusal;

/**
 * A cohort's live session and its whole running state: which activity every screen shows, the
 * timer's end, whether answers are open and results revealed. Every change bumps {@link #version}
 * so that a screen knows it is behind; the row is the truth a reload or a restart resumes from.
 */
@Entity
@Table(name = "live_session")
@NamedQuery(
    name = "LiveSession.ofCohort",
    query = "SELECT s FROM LiveSession s WHERE s.cohortId = :cohort ORDER BY s.startsAt, s.id")
@NamedQuery(
    name = "LiveSession.byCode",
    query = "SELECT s FROM LiveSession s WHERE s.joinCode = :code")
@NamedQuery(
    name = "LiveSession.openInCohorts",
    query =
        "SELECT s FROM LiveSession s WHERE s.cohortId IN :cohorts AND s.state IN :states"
            + " ORDER BY s.startsAt, s.id")
public class LiveSession {

  public static final int MAX_TITLE = 120;
  public static final int MAX_LINK = 500;

  @Id
  @SequenceGenerator(
      name = "live_session_seq",
      sequenceName = "live_session_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_session_seq")
  private Long id;

  @Column(name = "cohort_id", nullable = false)
  private Long cohortId;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "video_link", length = MAX_LINK)
  private String videoLink;

  @Column(name = "join_code", nullable = false, length = 12)
  private String joinCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SessionState state;

  @Column(nullable = false)
  private long version;

  @Column(name = "current_position", nullable = false)
  private int currentPosition;

  @Column(name = "timer_ends_at")
  private Instant timerEndsAt;

  @Column(name = "answers_open", nullable = false)
  private boolean answersOpen;

  @Column(name = "results_revealed", nullable = false)
  private boolean resultsRevealed;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected LiveSession() {}

  public LiveSession(long cohortId, String joinCode, Instant now) {
    this.cohortId = cohortId;
    this.joinCode = joinCode;
    this.state = SessionState.SCHEDULED;
    this.currentPosition = -1;
    this.createdAt = now;
    this.version = 1;
  }

  /** Title, start and link; checked by the service. */
  public void describe(String title, Instant startsAt, String videoLink) {
    requireNotEnded();
    this.title = title;
    this.startsAt = startsAt;
    this.videoLink = videoLink;
    changed();
  }

  public void moveTo(SessionState target) {
    if (!state.mayMoveTo(target)) {
      throw new Refusal("live.illegalTransition");
    }
    state = target;
    if (target == SessionState.ENDED) {
      answersOpen = false;
      timerEndsAt = null;
    }
    changed();
  }

  /**
   * Shows the activity at this position: answers open at once for activities that take answers (the
   * facilitator can lock them), results hidden again, the timer set to the activity's plan when it
   * has one that counts down (a break), else stopped.
   */
  public void show(int position, boolean takesAnswers, Duration timer, Instant now) {
    requireRunning();
    currentPosition = position;
    answersOpen = takesAnswers;
    resultsRevealed = false;
    timerEndsAt = timer == null ? null : now.plus(timer);
    changed();
  }

  public void openAnswers(boolean open) {
    requireRunning();
    answersOpen = open;
    changed();
  }

  public void reveal(boolean revealed) {
    requireRunning();
    resultsRevealed = revealed;
    changed();
  }

  public void startTimer(Duration length, Instant now) {
    requireRunning();
    timerEndsAt = now.plus(length);
    changed();
  }

  /** Adds time to a running timer, or starts one from now when none runs. */
  public void extendTimer(Duration more, Instant now) {
    requireRunning();
    Instant from = timerEndsAt == null || timerEndsAt.isBefore(now) ? now : timerEndsAt;
    timerEndsAt = from.plus(more);
    changed();
  }

  public void endTimer() {
    requireRunning();
    timerEndsAt = null;
    changed();
  }

  /** The agenda was reordered: the activity on screen stays on screen, at its new position. */
  public void follow(int newPosition) {
    currentPosition = newPosition;
    changed();
  }

  /** The agenda changed (an activity added, edited, moved): screens refetch. */
  public void changed() {
    version++;
  }

  private void requireRunning() {
    if (state != SessionState.RUNNING) {
      throw new Refusal("live.notRunning");
    }
  }

  public void requireNotEnded() {
    if (state == SessionState.ENDED) {
      throw new Refusal("live.ended");
    }
  }

  public Long getId() {
    return id;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public String getTitle() {
    return title;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public String getJoinCode() {
    return joinCode;
  }

  public SessionState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }

  public int getCurrentPosition() {
    return currentPosition;
  }

  public Instant getTimerEndsAt() {
    return timerEndsAt;
  }

  public boolean isAnswersOpen() {
    return answersOpen;
  }

  public boolean isResultsRevealed() {
    return resultsRevealed;
  }
}
