package org.pawprints.closeness.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.IntStream;
import org.pawprints.closeness.application.CheckInView;
import org.pawprints.closeness.application.CheckIns;
import org.pawprints.closeness.application.PartnerCheckIns;
import org.pawprints.closeness.domain.CheckInRules;
import org.pawprints.platform.i18n.Messages;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The weekly check-in: a 1 to 10 scale (plain radio buttons, so whatever is sent reaches the
 * service, which checks it), an optional note, my trend as a chart and as a table, the sharing
 * choice, and my partner's trend when they share it. Saving redirects (Post-Redirect-Get); a
 * refused check-in stays on the page with what was typed.
 */
@Named
@ViewScoped
public class ClosenessPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The name of the rating radio buttons. */
  static final String RATING = "rating";

  static final String ADDRESS = "/my/closeness.xhtml";

  @Inject transient CheckIns checkIns;
  @Inject transient CurrentLanguage language;
  @Inject transient Feedback feedback;

  private String rating;
  private String note;
  private boolean sharing;
  private boolean checkedInThisWeek;
  private LocalDate weekStart;
  private List<CheckInView> mine = List.of();
  private PartnerCheckIns partner;

  public void load() {
    weekStart = checkIns.thisWeek();
    mine = checkIns.mine();
    sharing = checkIns.isSharing();
    partner = checkIns.partners();
    checkIns
        .mineThisWeek()
        .ifPresent(
            now -> {
              checkedInThisWeek = true;
              rating = String.valueOf(now.getRating());
              note = now.getNote();
            });
  }

  public void save() throws IOException {
    rating =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(RATING);
    if (!feedback.attempt(() -> checkIns.save(rating, note))) {
      return;
    }
    feedback.infoAfterRedirect(checkedInThisWeek ? "closeness.replaced" : "closeness.saved");
    FacesPages.redirect(ADDRESS);
  }

  /** The sharing switch saves at once. */
  public void saveSharing() {
    checkIns.share(sharing);
    feedback.info(sharing ? "closeness.nowShared" : "closeness.nowPrivate");
  }

  /**
   * Whether this point of the scale is the one chosen (compared as text: a sent value may be any).
   */
  public boolean chosen(int point) {
    return String.valueOf(point).equals(rating == null ? null : rating.strip());
  }

  public List<Integer> getScale() {
    return IntStream.rangeClosed(CheckInRules.LOWEST, CheckInRules.HIGHEST).boxed().toList();
  }

  public int getMaxNote() {
    return CheckInRules.MAX_NOTE;
  }

  public String getMyChart() {
    return TrendChart.json(
        mine, Messages.get(language.getLanguage(), "closeness.chart.mine"), language.getLocale());
  }

  public String getPartnerChart() {
    return TrendChart.json(
        partner.getCheckIns(),
        Messages.get(language.getLanguage(), "closeness.chart.partner"),
        language.getLocale());
  }

  /** "November 24, 2026" / "24 novembre 2026". */
  public String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(day);
  }

  public String getWeekStartText() {
    return date(weekStart);
  }

  public List<CheckInView> getMine() {
    return mine;
  }

  public PartnerCheckIns getPartner() {
    return partner;
  }

  public boolean isCheckedInThisWeek() {
    return checkedInThisWeek;
  }

  public String getRating() {
    return rating;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public boolean isSharing() {
    return sharing;
  }

  public void setSharing(boolean sharing) {
    this.sharing = sharing;
  }

  public String getRatingParameter() {
    return RATING;
  }
}
