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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One item of a session's agenda, copied into the session when it is planned (a default plan or an
 * earlier agenda never changes under a running session). Options are kept one a line, the right
 * answers of a quiz question as zero-based indexes.
 */
@Entity
@Table(name = "live_activity")
@NamedQuery(
    name = "LiveActivity.agenda",
    query = "SELECT a FROM LiveActivity a WHERE a.sessionId = :session ORDER BY a.position, a.id")
public class LiveActivity {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 8000;
  public static final int MAX_OPTIONS = 12;
  public static final int MAX_OPTIONS_TEXT = 4000;

  @Id
  @SequenceGenerator(
      name = "live_activity_seq",
      sequenceName = "live_activity_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_activity_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private Long sessionId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ActivityKind kind;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_BODY)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private PollChoice choice;

  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private OpenDisplay display;

  @Column(length = MAX_OPTIONS_TEXT)
  private String options;

  @Column(length = 200)
  private String correct;

  @Column(length = MAX_BODY)
  private String notes;

  @Column(nullable = false)
  private int minutes;

  protected LiveActivity() {}

  public LiveActivity(long sessionId, int position, ActivityDraft draft) {
    this.sessionId = sessionId;
    this.position = position;
    apply(draft);
  }

  /** New content; the draft must already be {@link ActivityDraft#checked() checked}. */
  public final void apply(ActivityDraft draft) {
    this.kind = draft.kind();
    this.title = draft.title();
    this.body = draft.body();
    this.choice = draft.kind() == ActivityKind.POLL ? draft.choice() : null;
    this.display = draft.kind() == ActivityKind.OPEN_QUESTION ? draft.display() : null;
    this.options = draft.options().isEmpty() ? null : String.join("\n", draft.options());
    this.correct =
        draft.correct().isEmpty()
            ? null
            : draft.correct().stream().map(String::valueOf).collect(Collectors.joining(","));
    this.notes = draft.notes();
    this.minutes = draft.minutes();
  }

  public ActivityDraft draft() {
    return new ActivityDraft(
        kind, title, body, choice, display, getOptions(), getCorrect(), notes, minutes);
  }

  public void moveTo(int newPosition) {
    this.position = newPosition;
  }

  /** Whether people answer this activity (polls, quiz questions, open questions, check-ins). */
  public boolean takesAnswers() {
    return kind == ActivityKind.POLL
        || kind == ActivityKind.QUIZ_QUESTION
        || kind == ActivityKind.OPEN_QUESTION
        || kind == ActivityKind.CHECK_IN;
  }

  /**
   * A break, a couple exercise and the floor count down their planned minutes as soon as they are
   * shown (couples work against the clock the facilitator planned; it can be extended or ended).
   */
  public Duration timerWhenShown() {
    boolean timed =
        kind == ActivityKind.BREAK
            || kind == ActivityKind.COUPLE_EXERCISE
            || kind == ActivityKind.FLOOR;
    return timed ? Duration.ofMinutes(Math.max(1, minutes)) : null;
  }

  /** Answered with a number from 1 to 10 (a scale poll or a check-in). */
  public boolean isScale() {
    return kind == ActivityKind.CHECK_IN
        || (kind == ActivityKind.POLL && choice == PollChoice.SCALE);
  }

  /** Several options may be chosen at once. */
  public boolean isMultiple() {
    return kind == ActivityKind.POLL && choice == PollChoice.MULTIPLE;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public int getPosition() {
    return position;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public PollChoice getChoice() {
    return choice;
  }

  public OpenDisplay getDisplay() {
    return display;
  }

  public List<String> getOptions() {
    return options == null ? List.of() : List.of(options.split("\n"));
  }

  public Set<Integer> getCorrect() {
    if (correct == null) {
      return Set.of();
    }
    return Arrays.stream(correct.split(","))
        .map(Integer::valueOf)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public String getNotes() {
    return notes;
  }

  public int getMinutes() {
    return minutes;
  }
}
