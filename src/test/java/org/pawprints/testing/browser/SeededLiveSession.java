package org.pawprints.testing.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * A live session as a facilitator's planning leaves it (or as a session under way or ended leaves
 * it), written straight to the server's database, for browser tests that start where the planning
 * is not what they test. Activities take the ids {@code session * 10 + position}, the convention
 * the tests use to find an activity's answers.
 *
 * <pre>
 * SeededLiveSession.planned(session, cohort, "Week 1", "LS1234")
 *     .activity("SLIDE", "Welcome").body("Glad you are **here**.")
 *     .activity("POLL", "How was your week?").choice("SINGLE").options("Calm\nBusy\nBoth")
 *     .insertInto(people);
 * </pre>
 */
public final class SeededLiveSession {
  private final long id;
  private final long cohortId;
  private final String title;
  private final String joinCode;
  private String state = "SCHEDULED";
  private int version = 1;
  private int position = -1;
  private boolean answersOpen;
  private String startsAtUtc;
  private final List<Activity> activities = new ArrayList<>();

  private SeededLiveSession(long id, long cohortId, String title, String joinCode) {
    this.id = id;
    this.cohortId = cohortId;
    this.title = title;
    this.joinCode = joinCode;
  }

  /**
   * A session planned for now, not yet opened (what the agenda page leaves), unless {@link
   * #inLobby}, {@link #running} or {@link #ended} say how far it has gone.
   */
  public static SeededLiveSession planned(long id, long cohortId, String title, String joinCode) {
    return new SeededLiveSession(id, cohortId, title, joinCode);
  }

  /** Opened by its facilitator, nobody shown anything yet. */
  public SeededLiveSession inLobby() {
    state = "LOBBY";
    return this;
  }

  /** Under way at {@code position}, the room's state at {@code version}. */
  public SeededLiveSession running(int version, int position, boolean answersOpen) {
    return at("RUNNING", version, position, answersOpen);
  }

  /** Over, having last shown {@code position}. */
  public SeededLiveSession ended(int version, int position) {
    return at("ENDED", version, position, false);
  }

  private SeededLiveSession at(String state, int version, int position, boolean answersOpen) {
    this.state = state;
    this.version = version;
    this.position = position;
    this.answersOpen = answersOpen;
    return this;
  }

  /** Planned for another time than now, e.g. {@code "2026-12-03 23:00:00+00"}. */
  public SeededLiveSession startingAt(String utcTimestamp) {
    this.startsAtUtc = utcTimestamp;
    return this;
  }

  /** Adds the next activity of the agenda (5 minutes, no notes until told otherwise). */
  public SeededLiveSession activity(String kind, String activityTitle) {
    activities.add(new Activity(kind, activityTitle));
    return this;
  }

  /** The last activity's text (a slide's Markdown, a prompt). */
  public SeededLiveSession body(String text) {
    last().body = text;
    return this;
  }

  /** The last activity's kind of choice: SINGLE, MULTIPLE or SCALE for a poll. */
  public SeededLiveSession choice(String kind) {
    last().choice = kind;
    return this;
  }

  /** The last activity's display: LIST or WORD_CLOUD for an open question. */
  public SeededLiveSession display(String kind) {
    last().display = kind;
    return this;
  }

  /** The last activity's options, one a line (a floor's prompts as {@code S:} and {@code L:}). */
  public SeededLiveSession options(String lines) {
    last().options = lines;
    return this;
  }

  /** The last activity's right answers, zero-based indexes, comma-separated. */
  public SeededLiveSession correct(String indexes) {
    last().correct = indexes;
    return this;
  }

  /** The last activity's private facilitator notes. */
  public SeededLiveSession notes(String text) {
    last().notes = text;
    return this;
  }

  /** The last activity's planned minutes. */
  public SeededLiveSession minutes(int planned) {
    last().minutes = planned;
    return this;
  }

  private Activity last() {
    if (activities.isEmpty()) {
      throw new IllegalStateException("add an activity first");
    }
    return activities.get(activities.size() - 1);
  }

  /** Writes the session and its agenda. */
  public void insertInto(TestPeople people) {
    people.execute(
        "INSERT INTO live_session (id, cohort_id, title, starts_at, join_code, state, version,"
            + " current_position, answers_open, results_revealed, created_at) VALUES (?, ?, ?,"
            + " COALESCE(CAST(? AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP), ?, ?, ?, ?, ?,"
            + " FALSE, CURRENT_TIMESTAMP)",
        id,
        cohortId,
        title,
        startsAtUtc,
        joinCode,
        state,
        version,
        position,
        answersOpen);
    for (int at = 0; at < activities.size(); at++) {
      Activity activity = activities.get(at);
      people.execute(
          "INSERT INTO live_activity (id, session_id, position, kind, title, body, choice,"
              + " display, options, correct, notes, minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              + " ?, ?)",
          id * 10 + at,
          id,
          at,
          activity.kind,
          activity.title,
          activity.body,
          activity.choice,
          activity.display,
          activity.options,
          activity.correct,
          activity.notes,
          activity.minutes);
    }
  }

  private static final class Activity {
    private final String kind;
    private final String title;
    private String body;
    private String choice;
    private String display;
    private String options;
    private String correct;
    private String notes;
    private int minutes = 5;

    private Activity(String kind, String title) {
      this.kind = kind;
      this.title = title;
    }
  }
}
