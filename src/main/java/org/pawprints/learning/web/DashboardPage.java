package org.pawprints.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pawprints.learning.application.ModuleAddress;
import org.pawprints.learning.application.ModuleState;
import org.pawprints.learning.application.Progress;
import org.pawprints.learning.application.Progress.ModuleCard;
import org.pawprints.learning.application.Progress.Overview;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;

/**
 * The participant's dashboard: the seven modules, overall progress, and "continue". Texts with a
 * number are formatted here, once per view, rather than by an {@code h:outputFormat} per row.
 */
@Named
@RequestScoped
public class DashboardPage {

  @Inject Progress progress;
  @Inject CurrentLanguage language;

  private Overview overview;
  private List<Tile> tiles;

  private Overview overview() {
    if (overview == null) {
      overview = progress.overview(language.getLanguage());
    }
    return overview;
  }

  public List<Tile> getModules() {
    if (tiles == null) {
      Language lang = language.getLanguage();
      tiles = overview().modules().stream().map(card -> new Tile(card, lang)).toList();
    }
    return tiles;
  }

  public int getPercentComplete() {
    int total = overview().modules().size();
    return total == 0 ? 0 : (int) Math.round(100.0 * overview().completeCount() / total);
  }

  public long getCompleteCount() {
    return overview().completeCount();
  }

  /** "2 of 7 modules complete". */
  public String getProgressText() {
    return Messages.get(language.getLanguage(), "dashboard.progressText", getCompleteCount());
  }

  /** The address of the exact place to continue, or null when nothing is under way. */
  public String getContinueLink() {
    String slug = overview().continueSlug();
    return overview().modules().stream()
        .filter(m -> m.slug().equals(slug))
        .findFirst()
        .map(m -> ModuleAddress.of(m.slug(), m.location()))
        .orElse(null);
  }

  public String getContinueTitle() {
    String slug = overview().continueSlug();
    return overview().modules().stream()
        .filter(m -> m.slug().equals(slug))
        .map(ModuleCard::title)
        .findFirst()
        .orElse("");
  }

  /** "Continue where I left off: {module}". */
  public String getContinueText() {
    return Messages.get(language.getLanguage(), "dashboard.continue", getContinueTitle());
  }

  /** One module on the dashboard, readable by the page. */
  public static final class Tile {
    private final ModuleCard card;
    private final Language language;

    Tile(ModuleCard card, Language language) {
      this.card = card;
      this.language = language;
    }

    /** "Step 3". */
    public String getLabel() {
      return Messages.numbered(language, "step.label", card.number());
    }

    /** "Screens read: 2 of 5". */
    public String getScreensText() {
      return Messages.get(
          language,
          "module.counts.screens",
          card.counts().screensReached(),
          card.counts().screenCount());
    }

    /** "Exercises done: 1 of 3". */
    public String getExercisesText() {
      return Messages.get(
          language,
          "module.counts.exercises",
          card.counts().exercisesDone(),
          card.counts().exerciseCount());
    }

    public int getNumber() {
      return card.number();
    }

    public String getSlug() {
      return card.slug();
    }

    public String getTitle() {
      return card.title();
    }

    public String getSummary() {
      return card.summary();
    }

    public String getState() {
      return card.state().name();
    }

    public boolean isComplete() {
      return card.state() == ModuleState.COMPLETE;
    }

    public boolean isLocked() {
      return card.state() == ModuleState.LOCKED;
    }

    public String getLink() {
      return ModuleAddress.of(card.slug(), card.location());
    }

    /** True once there is anything to count: a screen read, an exercise done, a quiz passed. */
    public boolean isCounted() {
      return !isLocked()
          && (card.counts().screensReached() > 0
              || card.counts().exercisesDone() > 0
              || card.counts().quizPassed());
    }

    public int getScreensReached() {
      return card.counts().screensReached();
    }

    public int getScreenCount() {
      return card.counts().screenCount();
    }

    public int getExercisesDone() {
      return card.counts().exercisesDone();
    }

    public int getExerciseCount() {
      return card.counts().exerciseCount();
    }

    public boolean isQuizPassed() {
      return card.counts().quizPassed();
    }

    /**
     * "Start", "Continue"...: the row's texts are looked up here, once per row, rather than by a
     * {@code msg['...'.concat(state)]} per row in the page (a resolver walk and a method call
     * each).
     */
    public String getActionText() {
      return Messages.get(language, "module.action." + card.state().name());
    }

    /** "Not started", "In progress"... */
    public String getStateText() {
      return Messages.get(language, "module.state." + card.state().name());
    }

    /** "Quiz passed" or "Quiz not passed yet". */
    public String getQuizText() {
      return Messages.get(
          language,
          card.counts().quizPassed() ? "module.counts.quizPassed" : "module.counts.quizNotYet");
    }
  }
}
