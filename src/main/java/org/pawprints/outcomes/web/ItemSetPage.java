package org.pawprints.outcomes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.pawprints.outcomes.application.ItemSets;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.ItemSetDraft;
import org.pawprints.outcomes.domain.ItemSetRules;
import org.pawprints.platform.web.CurrentLanguage;
import org.pawprints.platform.web.FacesPages;
import org.pawprints.platform.web.Feedback;

/**
 * The questionnaire's statements, for administrators (/admin/outcome-questions.xhtml): the newest
 * version to start from, edited in both languages with its scale and reverse-scored flags, and
 * saved as a new version. Earlier versions stay as they were, listed below, so that answers keep
 * their questions. A refused draft stays on the page as typed.
 */
@Named
@ViewScoped
public class ItemSetPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ADDRESS = "/admin/outcome-questions.xhtml";

  @Inject transient ItemSets itemSets;
  @Inject transient Feedback feedback;
  @Inject transient CurrentLanguage language;

  private int scalePoints;
  private String nameEn;
  private String nameFr;
  private String noticeEn;
  private String noticeFr;
  private String lowEn;
  private String lowFr;
  private String highEn;
  private String highFr;
  private List<EditableItem> items = new ArrayList<>();
  private List<VersionRow> versions = List.of();

  public void load() {
    ItemSetDraft current = itemSets.current().toDraft();
    scalePoints = current.scalePoints();
    nameEn = current.nameEn();
    nameFr = current.nameFr();
    noticeEn = current.noticeEn();
    noticeFr = current.noticeFr();
    lowEn = current.lowEn();
    lowFr = current.lowFr();
    highEn = current.highEn();
    highFr = current.highFr();
    items = new ArrayList<>();
    current
        .items()
        .forEach(i -> items.add(new EditableItem(i.textEn(), i.textFr(), i.reverseScored())));
    versions =
        itemSets.versions().stream()
            .map(
                (ItemSet v) ->
                    new VersionRow(
                        v.getId(),
                        v.name(language.getLanguage()),
                        v.getItems().size(),
                        v.getScalePoints(),
                        LocalDate.ofInstant(v.getCreatedAt(), ZoneId.systemDefault())))
            .toList();
  }

  /** A spare row for one more statement (an empty row is ignored on saving). */
  public void addStatement() {
    if (items.size() < ItemSetRules.MAX_ITEMS) {
      items.add(new EditableItem("", "", false));
    }
  }

  public void save() throws IOException {
    ItemSetDraft draft =
        new ItemSetDraft(
            scalePoints,
            nameEn,
            nameFr,
            noticeEn,
            noticeFr,
            lowEn,
            lowFr,
            highEn,
            highFr,
            items.stream()
                .map(
                    i ->
                        new ItemSetDraft.DraftItem(
                            i.getTextEn(), i.getTextFr(), i.isReverseScored()))
                .toList());
    ItemSet[] saved = new ItemSet[1];
    if (!feedback.attempt(() -> saved[0] = itemSets.saveNewVersion(draft))) {
      return;
    }
    feedback.infoAfterRedirect("outcomes.items.saved", saved[0].getId());
    FacesPages.redirect(ADDRESS);
  }

  public List<Integer> getScaleChoices() {
    return IntStream.rangeClosed(ItemSetRules.MIN_POINTS, ItemSetRules.MAX_POINTS).boxed().toList();
  }

  public List<EditableItem> getItems() {
    return items;
  }

  public List<VersionRow> getVersions() {
    return versions;
  }

  public int getMaxText() {
    return ItemSetRules.MAX_TEXT;
  }

  public int getScalePoints() {
    return scalePoints;
  }

  public void setScalePoints(int scalePoints) {
    this.scalePoints = scalePoints;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String nameFr) {
    this.nameFr = nameFr;
  }

  public String getNoticeEn() {
    return noticeEn;
  }

  public void setNoticeEn(String noticeEn) {
    this.noticeEn = noticeEn;
  }

  public String getNoticeFr() {
    return noticeFr;
  }

  public void setNoticeFr(String noticeFr) {
    this.noticeFr = noticeFr;
  }

  public String getLowEn() {
    return lowEn;
  }

  public void setLowEn(String lowEn) {
    this.lowEn = lowEn;
  }

  public String getLowFr() {
    return lowFr;
  }

  public void setLowFr(String lowFr) {
    this.lowFr = lowFr;
  }

  public String getHighEn() {
    return highEn;
  }

  public void setHighEn(String highEn) {
    this.highEn = highEn;
  }

  public String getHighFr() {
    return highFr;
  }

  public void setHighFr(String highFr) {
    this.highFr = highFr;
  }
}
