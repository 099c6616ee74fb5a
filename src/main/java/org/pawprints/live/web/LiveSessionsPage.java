package org.pawprints.live.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.pawprints.live.application.LivePlanning;
import org.pawprints.live.application.SessionLine;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * A cohort's live sessions for its facilitators (/facilitate/live-sessions.xhtml?cohort=N): the
 * list, with links to the agenda, control and presenter screens, and a small form to schedule a new
 * one (title, date and time in the cohort's time zone, an optional video-call link).
 */
@Named
@ViewScoped
public class LiveSessionsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LivePlanning planning;
  @Inject transient Feedback feedback;

  private Long cohort;
  private String timeZone;
  private transient List<SessionLine> sessions;
  private String title;
  // The browser's own date and time pickers send ISO text (2027-02-03, 19:30).
  private String day;
  private String time = "19:00";
  private String link;

  public void load() throws IOException {
    if (cohort == null) {
      FacesPages.notFound();
      return;
    }
    try {
      sessions = planning.sessions(cohort);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  /** Schedules the session and opens its agenda, the next thing to prepare. */
  public void schedule() throws IOException {
    try {
      long id =
          planning.schedule(
              cohort, title, parsed(day, LocalDate::parse), parsed(time, LocalTime::parse), link);
      FacesPages.redirect("/facilitate/live-agenda.xhtml?session=" + id);
    } catch (Refusal refusal) {
      feedback.error(refusal.messageKey(), refusal.arguments());
    }
  }

  /** What the picker sent, or null (the service then asks for a date and a time). */
  private static <T> T parsed(String text, Function<String, T> parse) {
    try {
      return text == null ? null : parse.apply(text.strip());
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }

  /** The cohort's time zone, named beside the times (issue 13). */
  public String getTimeZone() {
    if (timeZone == null && cohort != null) {
      timeZone = planning.timeZone(cohort);
    }
    return timeZone;
  }

  public List<SessionLine> getSessions() {
    if (sessions == null && cohort != null) {
      sessions = planning.sessions(cohort);
    }
    return sessions;
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }
}
