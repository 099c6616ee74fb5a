package org.pawprints.live.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pawprints.live.application.Agendas;
import org.pawprints.live.domain.ActivityDraft;
import org.pawprints.live.domain.ActivityKind;
import org.pawprints.live.domain.FloorPrompts;
import org.pawprints.live.domain.OpenDisplay;
import org.pawprints.live.domain.PollChoice;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.platform.web.FacesPages;

/**
 * A session's agenda editor (/facilitate/live-agenda.xhtml?session=N): add an activity, edit or
 * remove one, move it up or down. The form is one activity at a time; options are typed one a line
 * and a quiz question's right answers as their numbers (1 for the first option).
 */
@Named
@ViewScoped
public class AgendaPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Agendas agendas;
  @Inject transient LiveFeedback feedback;

  private Long session;
  private List<ActivityDraft> agenda;
  private String sessionTitle;
  private Integer editing;
  private ActivityKind kind = ActivityKind.SLIDE;
  private String title;
  private String body;
  private PollChoice choice = PollChoice.SINGLE;
  private OpenDisplay display = OpenDisplay.LIST;
  private String options;
  private String correct;
  private String notes;
  private int minutes = 5;
  private String speakerPrompts;
  private String listenerPrompts;

  public void load() throws IOException {
    if (session == null) {
      FacesPages.notFound();
      return;
    }
    try {
      sessionTitle = agendas.title(session);
      agenda = agendas.agenda(session);
    } catch (Refusal notYours) {
      FacesPages.forbidden();
    }
  }

  public void save() {
    List<String> optionLines =
        kind == ActivityKind.FLOOR
            ? new FloorPrompts(lines(speakerPrompts), lines(listenerPrompts)).toOptionLines()
            : lines(options);
    ActivityDraft draft =
        new ActivityDraft(
            kind, title, body, choice, display, optionLines, numbers(correct), notes, minutes);
    boolean saved =
        feedback.attempt(
            () -> {
              if (editing == null) {
                agendas.add(session, draft);
              } else {
                agendas.update(session, editing, draft);
              }
            });
    if (saved) {
      clear();
    }
    agenda = agendas.agenda(session);
  }

  public void edit(int position) {
    ActivityDraft d = getAgenda().get(position);
    editing = position;
    kind = d.kind();
    title = d.title();
    body = d.body();
    choice = d.choice() == null ? PollChoice.SINGLE : d.choice();
    display = d.display() == null ? OpenDisplay.LIST : d.display();
    options = d.kind() == ActivityKind.FLOOR ? null : String.join("\n", d.options());
    FloorPrompts floor = FloorPrompts.of(d.options());
    speakerPrompts = String.join("\n", floor.speaker());
    listenerPrompts = String.join("\n", floor.listener());
    correct = String.join(", ", d.correct().stream().map(i -> String.valueOf(i + 1)).toList());
    notes = d.notes();
    minutes = d.minutes();
  }

  public void clear() {
    editing = null;
    kind = ActivityKind.SLIDE;
    title = null;
    body = null;
    options = null;
    speakerPrompts = null;
    listenerPrompts = null;
    correct = null;
    notes = null;
    minutes = 5;
  }

  public void remove(int position) {
    feedback.attempt(() -> agendas.remove(session, position));
    clear();
    agenda = agendas.agenda(session);
  }

  public void move(int position, int delta) {
    feedback.attempt(() -> agendas.move(session, position, delta));
    agenda = agendas.agenda(session);
  }

  /**
   * A drag and drop on the agenda (agenda-drag.js sends {@code from} and {@code to}, zero-based);
   * the same move as Up and Down, further. Anything not a number changes nothing.
   */
  public void moveTo() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      int from = Integer.parseInt(params.getOrDefault("from", ""));
      int to = Integer.parseInt(params.getOrDefault("to", ""));
      if (from != to) {
        move(from, to - from);
      }
    } catch (NumberFormatException notADrop) {
      // Not sent by agenda-drag.js: nothing moves.
    }
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).toList();
  }

  /** "1, 3" typed (one-based) as zero-based indexes; anything not a number is left out. */
  private static Set<Integer> numbers(String text) {
    Set<Integer> indexes = new TreeSet<>();
    if (text != null) {
      for (String part : text.split("[,\\s]+")) {
        if (part.matches("\\d{1,2}")) {
          indexes.add(Integer.parseInt(part) - 1);
        }
      }
    }
    return indexes;
  }

  public List<ActivityDraft> getAgenda() {
    if (agenda == null && session != null) {
      agenda = agendas.agenda(session);
    }
    return agenda;
  }

  public ActivityKind[] getKinds() {
    return new ActivityKind[] {
      ActivityKind.SLIDE,
      ActivityKind.POLL,
      ActivityKind.QUIZ_QUESTION,
      ActivityKind.OPEN_QUESTION,
      ActivityKind.COUPLE_EXERCISE,
      ActivityKind.FLOOR,
      ActivityKind.CHECK_IN,
      ActivityKind.BREAK
    };
  }

  public PollChoice[] getChoices() {
    return PollChoice.values();
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public Integer getEditing() {
    return editing;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public void setKind(ActivityKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public PollChoice getChoice() {
    return choice;
  }

  public void setChoice(PollChoice choice) {
    this.choice = choice;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public String getCorrect() {
    return correct;
  }

  public void setCorrect(String correct) {
    this.correct = correct;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getSpeakerPrompts() {
    return speakerPrompts;
  }

  public void setSpeakerPrompts(String speakerPrompts) {
    this.speakerPrompts = speakerPrompts;
  }

  public String getListenerPrompts() {
    return listenerPrompts;
  }

  public void setListenerPrompts(String listenerPrompts) {
    this.listenerPrompts = listenerPrompts;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }
}
