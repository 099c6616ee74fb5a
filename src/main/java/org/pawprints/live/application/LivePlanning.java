package org.pawprints.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pawprints.cohort.application.MemberCohorts;
import org.pawprints.cohort.domain.Cohort;
import org.pawprints.cohort.domain.CohortRepository;
import org.pawprints.live.domain.LiveRepository;
import org.pawprints.live.domain.LiveSession;
import org.pawprints.platform.refusal.Refusal;

/**
 * Scheduling a cohort's live sessions (its facilitators and administrators), and the sessions a
 * participant can join right now ("live now" on the dashboard). A session gets its own join code,
 * short enough to type from a projected screen.
 */
@ApplicationScoped
@Transactional
public class LivePlanning {

  /** No 0/O, 1/I/L: a code read off a screen across a room is typed right the first time. */
  private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int CODE_LENGTH = 6;

  private final SecureRandom random = new SecureRandom();

  @Inject LiveAccess access;
  @Inject LiveRepository sessions;
  @Inject CohortRepository cohorts;
  @Inject MemberCohorts memberCohorts;
  @Inject Event<LiveChanged> changed;

  Clock clock = Clock.systemUTC();

  /** The time zone a cohort's sessions are planned and shown in (issue 13: named on the page). */
  public String timeZone(long cohortId) {
    return access.cohortToPlan(cohortId).getTimeZone();
  }

  public List<SessionLine> sessions(long cohortId) {
    Cohort cohort = access.cohortToPlan(cohortId);
    ZoneId zone = ZoneId.of(cohort.getTimeZone());
    return sessions.ofCohort(cohortId).stream()
        .map(
            s ->
                new SessionLine(
                    s.getId(),
                    s.getTitle(),
                    s.getStartsAt().atZone(zone).toLocalDateTime(),
                    s.getState().name(),
                    s.getJoinCode()))
        .toList();
  }

  /** A new session of the cohort, its start given in the cohort's time zone; its id. */
  public long schedule(long cohortId, String title, LocalDate day, LocalTime time, String link) {
    Cohort cohort = access.cohortToPlan(cohortId);
    cohort.requireOpen();
    LiveSession session = new LiveSession(cohortId, freshCode(), clock.instant());
    describe(session, cohort, title, day, time, link);
    sessions.add(session);
    sessions.flush();
    return session.getId();
  }

  public void describe(long sessionId, String title, LocalDate day, LocalTime time, String link) {
    LiveSession session = access.toControl(sessionId);
    describe(session, cohorts.find(session.getCohortId()).orElseThrow(), title, day, time, link);
    changed.fire(new LiveChanged(sessionId, session.getVersion(), false));
  }

  /**
   * The sessions of my cohorts that are open now (lobby or running), each with its start in its
   * cohort's time zone: two sessions with the same title differ by it on the dashboard.
   */
  public List<SessionLine> liveNow() {
    long me = access.me();
    Map<Long, ZoneId> zones =
        memberCohorts.of(me).stream()
            .collect(
                Collectors.toMap(
                    Cohort::getId,
                    c -> ZoneId.of(c.getTimeZone()),
                    (a, b) -> a,
                    LinkedHashMap::new));
    return sessions.open(List.copyOf(zones.keySet())).stream()
        .map(
            s ->
                new SessionLine(
                    s.getId(),
                    s.getTitle(),
                    s.getStartsAt().atZone(zones.get(s.getCohortId())).toLocalDateTime(),
                    s.getState().name(),
                    null))
        .toList();
  }

  private void describe(
      LiveSession session,
      Cohort cohort,
      String title,
      LocalDate day,
      LocalTime time,
      String link) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > LiveSession.MAX_TITLE) {
      throw new Refusal("live.plan.title", LiveSession.MAX_TITLE);
    }
    if (day == null || time == null) {
      throw new Refusal("live.plan.when");
    }
    session.describe(
        t, day.atTime(time).atZone(ZoneId.of(cohort.getTimeZone())).toInstant(), checked(link));
  }

  /** Only a web address (https, or http) is a video-call link: nothing a page could run. */
  private static String checked(String link) {
    String l = link == null ? "" : link.strip();
    if (l.isEmpty()) {
      return null;
    }
    try {
      URI uri = URI.create(l);
      String scheme = uri.getScheme();
      if (l.length() > LiveSession.MAX_LINK
          || uri.getHost() == null
          || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
        throw new Refusal("live.plan.link");
      }
      return l;
    } catch (IllegalArgumentException malformed) {
      throw new Refusal("live.plan.link");
    }
  }

  private String freshCode() {
    while (true) {
      StringBuilder code = new StringBuilder(CODE_LENGTH);
      for (int i = 0; i < CODE_LENGTH; i++) {
        code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
      }
      if (sessions.byCode(code.toString()).isEmpty()) {
        return code.toString();
      }
    }
  }
}
