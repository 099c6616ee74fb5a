package org.pawprints.learning.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.curriculum.content.application.ModuleView;
import org.pawprints.curriculum.content.application.OptionView;
import org.pawprints.learning.application.QuizState;
import org.pawprints.learning.application.Quizzes;
import org.pawprints.learning.application.Quizzes.ShuffledQuestion;
import org.pawprints.learning.domain.QuizAttempt;
import org.pawprints.learning.domain.QuizResponse;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;

/**
 * A module's quiz, one question at a time: answer, see right away why each option is right or not,
 * go on; then the score against the pass mark, and a retake whenever wanted.
 */
@Named
@ViewScoped
public class QuizPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SHOWN_PARAMETER = "shown-question";
  private static final String SNAPSHOT = QuizPage.class.getName() + ".snapshot";

  @Inject transient Quizzes quizzes;
  @Inject transient ModuleCatalog catalog;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;
  @Inject ModulePage modulePage;

  /** The question just answered, shown with its explanations until the participant goes on. */
  private String reviewing;

  /**
   * The question on screen, kept until the participant goes on, so that a postback is checked
   * against the question that was shown even if another tab answered it meanwhile.
   */
  private String showing;

  private String pickOne;
  private List<String> pickMany = new ArrayList<>();

  private String step() {
    return modulePage.getStep();
  }

  /**
   * What this request knows of my quiz, read once: the page reads its getters dozens of times per
   * render, and each read used to cost three queries. Kept in the request (Faces' per-request
   * attributes), so a new request, another tab's answer included, reads afresh; an action that
   * changes the quiz forgets it before the page renders.
   */
  private Snapshot snapshot() {
    Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
    Snapshot snapshot = (Snapshot) request.get(SNAPSHOT);
    if (snapshot == null) {
      QuizState state = quizzes.state(step());
      ModuleView module = catalog.module(step(), language.getLanguage()).orElseThrow();
      List<ShuffledQuestion> ordered =
          state.latest().map(a -> Quizzes.order(a, module)).orElse(List.of());
      snapshot = new Snapshot(state, ordered, state.answeredIds());
      request.put(SNAPSHOT, snapshot);
    }
    return snapshot;
  }

  private void forget() {
    FacesContext.getCurrentInstance().getAttributes().remove(SNAPSHOT);
  }

  public Optional<QuizAttempt> attempt() {
    return snapshot().state().latest();
  }

  public boolean isOpen() {
    return attempt().filter(a -> !a.isFinished()).isPresent();
  }

  public boolean isFinished() {
    return attempt().filter(QuizAttempt::isFinished).isPresent();
  }

  public QuizAttempt getResult() {
    return attempt().filter(QuizAttempt::isFinished).orElse(null);
  }

  public int getAttemptCount() {
    return snapshot().state().attempts().size();
  }

  public void start() {
    quizzes.startOrContinue(step());
    forget();
    reviewing = null;
    showing = null;
  }

  public void retake() {
    quizzes.retake(step());
    forget();
    reviewing = null;
    showing = null;
    pickOne = null;
    pickMany = new ArrayList<>();
  }

  private List<ShuffledQuestion> ordered() {
    return snapshot().ordered();
  }

  private Set<String> answeredIds() {
    return snapshot().answeredIds();
  }

  /** The question on screen: the one under review, else the first one not yet answered. */
  public Question getQuestion() {
    List<ShuffledQuestion> ordered = ordered();
    Set<String> answered = answeredIds();
    for (int i = 0; i < ordered.size(); i++) {
      ShuffledQuestion q = ordered.get(i);
      if (q.question().getId().equals(reviewing)
          || (reviewing == null && !answered.contains(q.question().getId()))) {
        return new Question(q, i + 1, ordered.size(), response(q.question().getId()));
      }
    }
    return null;
  }

  /**
   * On a postback, the question the page showed (a hidden field): the answer is checked against
   * that question even if another tab has answered it since.
   */
  private Optional<String> shownOnScreen() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.isPostback()) {
      return Optional.empty();
    }
    String shown = faces.getExternalContext().getRequestParameterMap().get(SHOWN_PARAMETER);
    return Optional.ofNullable(shown).filter(id -> !id.isBlank() && id.length() <= 80);
  }

  public String getShownParameter() {
    return SHOWN_PARAMETER;
  }

  public boolean isAllAnswered() {
    return isOpen()
        && reviewing == null
        && (showing == null || answeredIds().contains(showing))
        && answeredIds().size() >= ordered().size();
  }

  private QuizResponse response(String questionId) {
    return snapshot().state().response(questionId).orElse(null);
  }

  public void check() {
    QuizAttempt attempt = attempt().filter(a -> !a.isFinished()).orElse(null);
    Question question = getQuestion();
    String id = shownOnScreen().orElse(question == null ? null : question.getId());
    if (attempt == null || id == null) {
      return;
    }
    if (answeredIds().contains(id)) {
      // Answered meanwhile, in another tab: nothing is recorded twice.
      if (!id.equals(reviewing)) {
        feedback.error("quiz.alreadyAnswered");
      }
      reviewing = id;
      return;
    }
    boolean multiple = question != null && question.getId().equals(id) && question.isMultiple();
    List<String> picked = multiple ? pickMany : pickOne == null ? List.of() : List.of(pickOne);
    if (feedback.attempt(
        () -> {
          quizzes.answer(attempt.getId(), id, picked);
          forget();
        })) {
      reviewing = id;
    }
    pickOne = null;
    pickMany = new ArrayList<>();
  }

  public void goOn() {
    reviewing = null;
    showing = null;
  }

  public void finish() {
    attempt()
        .ifPresent(
            a ->
                feedback.attempt(
                    () -> {
                      quizzes.finish(a.getId());
                      forget();
                    }));
  }

  public String getPickOne() {
    return pickOne;
  }

  public void setPickOne(String pickOne) {
    this.pickOne = pickOne;
  }

  public List<String> getPickMany() {
    return pickMany;
  }

  public void setPickMany(List<String> pickMany) {
    this.pickMany = pickMany == null ? new ArrayList<>() : new ArrayList<>(pickMany);
  }

  /**
   * The quiz as one request reads it: the state, the attempt's question order, what is answered.
   */
  private record Snapshot(
      QuizState state, List<ShuffledQuestion> ordered, Set<String> answeredIds) {}

  /** A question as this attempt shows it, with the participant's response once given. */
  public static final class Question {
    private final ShuffledQuestion shuffled;
    private final int number;
    private final int count;
    private final QuizResponse response;

    Question(ShuffledQuestion shuffled, int number, int count, QuizResponse response) {
      this.shuffled = shuffled;
      this.number = number;
      this.count = count;
      this.response = response;
    }

    public String getId() {
      return shuffled.question().getId();
    }

    public String getText() {
      return shuffled.question().getText();
    }

    public boolean isMultiple() {
      return shuffled.question().isMultiple();
    }

    public List<OptionView> getOptions() {
      return shuffled.options();
    }

    public int getNumber() {
      return number;
    }

    public int getCount() {
      return count;
    }

    public boolean isAnswered() {
      return response != null;
    }

    public boolean isCorrect() {
      return response != null && response.isCorrect();
    }

    public boolean isPartlyRight() {
      return response != null && response.isPartlyRight();
    }

    public boolean picked(String optionId) {
      return response != null && response.picked().contains(optionId);
    }
  }
}
