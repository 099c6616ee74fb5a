package org.pawprints.outcomes.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pawprints.outcomes.application.LinkState;
import org.pawprints.outcomes.application.Offer;
import org.pawprints.outcomes.application.Questionnaires;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.Wave;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The questionnaire (/my/outcomes.xhtml): the wave open to the participant now, or the follow-up
 * reached by their mailed link ({@code ?token=}; the page is under /my/, so they sign in first, and
 * the link works only for the account it was sent to). Plain radio buttons, so whatever is sent
 * reaches the service, which checks it; a refused submission keeps the choices made. The secret
 * stays in this view's state once read: it is never put in another address, a message or a log.
 */
@Named
@ViewScoped
public class QuestionnairePage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ADDRESS = "/my/outcomes.xhtml";
  static final String ITEM = "item-";

  @Inject transient Questionnaires questionnaires;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;

  private String token;
  private Wave wave;
  private LinkState linkState;
  private int scalePoints;
  private String notice;
  private String low;
  private String high;
  private List<QuestionRow> questions = List.of();
  private Map<Integer, String> chosen = new HashMap<>();

  public void load() {
    if (token != null && !token.isBlank()) {
      linkState = questionnaires.link(token);
      if (linkState == LinkState.OPEN) {
        wave = Wave.FOLLOW_UP;
      }
    } else {
      wave = questionnaires.offer().map(Offer::wave).orElse(null);
    }
    if (wave != null) {
      ItemSet set = questionnaires.questions();
      scalePoints = set.getScalePoints();
      notice = set.notice(language.getLanguage());
      low = set.low(language.getLanguage());
      high = set.high(language.getLanguage());
      questions =
          set.getItems().stream()
              .map(i -> new QuestionRow(i.getPosition(), i.text(language.getLanguage())))
              .toList();
    }
  }

  public void save() throws IOException {
    Map<String, String> sent =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    chosen = new HashMap<>();
    for (QuestionRow row : questions) {
      chosen.put(row.getPosition(), sent.get(ITEM + row.getPosition()));
    }
    boolean saved =
        linkState == LinkState.OPEN
            ? feedback.attempt(() -> questionnaires.answerByLink(token, chosen))
            : feedback.attempt(() -> questionnaires.answer(wave, chosen));
    if (!saved) {
      return;
    }
    feedback.infoAfterRedirect("outcomes.thanks");
    FacesPages.redirect(ADDRESS);
  }

  /**
   * Whether this point was chosen for this statement (compared as text: a sent value may be any).
   */
  public boolean chosen(int position, int point) {
    String value = chosen.get(position);
    return value != null && String.valueOf(point).equals(value.strip());
  }

  public List<Integer> getScale() {
    return IntStream.rangeClosed(1, scalePoints).boxed().toList();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  /** START, END or FOLLOW_UP while questions are shown; empty when there are none to answer. */
  public String getWave() {
    return wave == null ? "" : wave.name();
  }

  public boolean isOpen() {
    return wave != null;
  }

  /** OPEN, USED or INVALID for a link; empty without one. */
  public String getLinkState() {
    return linkState == null ? "" : linkState.name();
  }

  public List<QuestionRow> getQuestions() {
    return questions;
  }

  public int getScalePoints() {
    return scalePoints;
  }

  public String getNotice() {
    return notice;
  }

  public String getLow() {
    return low;
  }

  public String getHigh() {
    return high;
  }

  public String getItemPrefix() {
    return ITEM;
  }
}
