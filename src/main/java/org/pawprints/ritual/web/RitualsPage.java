package org.pawprints.ritual.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.function.BiConsumer;
import org.pawprints.learning.application.ModuleAddress;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.Feedback;
import org.pawprints.ritual.application.RitualTracker;
import org.pawprints.ritual.application.Rituals;

/**
 * The weekly rituals tracker: one tap ticks a day, a second tap takes it back. The ritual and the
 * day come back as plain request parameters and the service checks both (mine, not in the future,
 * this week or last), so a tampered form gets a message, never someone else's tick.
 */
@Named
@ViewScoped
public class RitualsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The names of the two request parameters every tick button sends. */
  static final String RITUAL = "ritual";

  static final String DAY = "day";

  @Inject transient Rituals rituals;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;

  private String week;
  private RitualTracker tracker;

  public void load() {
    refresh();
  }

  public void tick() {
    change(rituals::tick, "rituals.ticked");
  }

  public void untick() {
    change(rituals::untick, "rituals.unticked");
  }

  private void change(BiConsumer<String, String> action, String doneKey) {
    Map<String, String> form =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (feedback.attempt(() -> action.accept(form.get(RITUAL), form.get(DAY)))) {
      feedback.info(doneKey);
    }
    refresh();
  }

  private void refresh() {
    tracker = rituals.tracker(isLastWeek(), language.getLanguage());
  }

  public RitualTracker getTracker() {
    return tracker;
  }

  /** {@code ?week=last} shows last week; anything else shows this week. */
  public boolean isLastWeek() {
    return "last".equals(week);
  }

  public String getWeek() {
    return week;
  }

  public void setWeek(String week) {
    this.week = week;
  }

  public String getRitualParameter() {
    return RITUAL;
  }

  public String getDayParameter() {
    return DAY;
  }

  /** Where the ritual planner is, for "plan a ritual first". */
  public String getPlannerLink() {
    return ModuleAddress.of(Rituals.STEP, "e-" + Rituals.PLANNER);
  }

  /** "Mon" / "lun." */
  public String dayShort(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, language.getLocale());
  }

  /** "Monday, November 24" / "lundi 24 novembre", for labels read aloud. */
  public String dayLong(LocalDate date) {
    return DateTimeFormatter.ofPattern(
            language.isFrench() ? "EEEE d MMMM" : "EEEE, MMMM d", language.getLocale())
        .format(date);
  }

  /** The week's Monday, in full. */
  public String getWeekStart() {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(tracker.getWeek().monday());
  }
}
