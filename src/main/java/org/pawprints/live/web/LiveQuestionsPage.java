package org.pawprints.live.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongFunction;
import org.pawprints.live.application.LiveQuestions;
import org.pawprints.live.application.QuestionLine;
import org.pawprints.live.domain.LiveQuestion;
import org.pawprints.live.domain.QuestionState;
import org.pawprints.platform.web.Feedback;

/**
 * The room's questions on the three live pages: a participant asks and upvotes, a facilitator
 * decides, the presenter shows. The page bean holds the session; this one reads the questions
 * afresh on every request (a push's refresh re-renders them) and keeps only the form's fields.
 */
@Named("liveQuestions")
@RequestScoped
public class LiveQuestionsPage {

  @Inject LiveQuestions questions;
  @Inject LiveFeedback attempt;
  @Inject Feedback feedback;

  private String text;
  private boolean anonymous;
  private List<QuestionLine> read;

  public void ask(Long session) {
    if (attempt.attempt(() -> questions.ask(session, text, anonymous))) {
      text = null;
      anonymous = false;
      feedback.info("live.question.sent");
    }
    read = null;
  }

  /**
   * The question is the one the button showed (its id sent with the click, not the row's index:
   * votes reorder the list between a render and a tap).
   */
  public void upvote(Long session) {
    Long question = clicked();
    if (question != null) {
      attempt.attempt(() -> questions.upvote(session, question));
    }
    read = null;
  }

  public void moderate(Long session, String decision) {
    Long question = clicked();
    if (question != null) {
      attempt.attempt(() -> questions.moderate(session, question, QuestionState.valueOf(decision)));
    }
    read = null;
  }

  /** The question the tap was for (the button's {@code f:param}), or null for a forged one. */
  private static Long clicked() {
    return RequestIds.named("question");
  }

  /** The participant's list as the page read it with the room's state (an action reads again). */
  void readWith(List<QuestionLine> participants) {
    read = participants;
  }

  public List<QuestionLine> forParticipant(Long session) {
    return once(session, questions::forParticipant);
  }

  public List<QuestionLine> forPresenter(Long session) {
    return once(session, questions::forPresenter);
  }

  public List<QuestionLine> forControl(Long session) {
    return once(session, questions::forControl);
  }

  /** One page shows one list, read once per request (EL asks for it several times). */
  private List<QuestionLine> once(Long session, LongFunction<List<QuestionLine>> reader) {
    if (read == null) {
      read = session == null ? List.of() : reader.apply(session);
    }
    return read;
  }

  public int getMaxLength() {
    return LiveQuestion.MAX_TEXT;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }
}
