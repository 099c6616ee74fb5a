package org.pawprints.care.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.pawprints.platform.i18n.Language;

/**
 * One entry of the help page: a service a person can call, text or visit, where it serves, when,
 * and in which languages. Administrators keep the entries; everyone may read the visible ones.
 */
@Entity
@Table(name = "care_help_line")
@NamedQuery(
    name = "HelpLine.all",
    query = "SELECT h FROM HelpLine h ORDER BY h.region, h.position, h.id")
@NamedQuery(
    name = "HelpLine.lastPosition",
    query = "SELECT MAX(h.position) FROM HelpLine h WHERE h.region = :region")
public class HelpLine {

  @Id
  @SequenceGenerator(
      name = "care_help_line_seq",
      sequenceName = "care_help_line_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_help_line_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Region region;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean hidden;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "purpose_en", nullable = false)
  private String purposeEn;

  @Column(name = "purpose_fr", nullable = false)
  private String purposeFr;

  private String phone;

  private String sms;

  private String web;

  @Column(name = "languages_en", nullable = false)
  private String languagesEn;

  @Column(name = "languages_fr", nullable = false)
  private String languagesFr;

  @Column(name = "hours_en", nullable = false)
  private String hoursEn;

  @Column(name = "hours_fr", nullable = false)
  private String hoursFr;

  @Version private long version;

  protected HelpLine() {}

  /** A new, visible entry from a draft the rules accepted, placed at {@code position}. */
  public HelpLine(HelpLineDraft draft, int position) {
    this.position = position;
    change(draft);
  }

  /** Takes every field of a draft the rules accepted (the region too). */
  public final void change(HelpLineDraft draft) {
    region = draft.region();
    nameEn = draft.nameEn();
    nameFr = draft.nameFr();
    purposeEn = draft.purposeEn();
    purposeFr = draft.purposeFr();
    phone = emptyAsNull(draft.phone());
    sms = emptyAsNull(draft.sms());
    web = emptyAsNull(draft.web());
    languagesEn = draft.languagesEn();
    languagesFr = draft.languagesFr();
    hoursEn = draft.hoursEn();
    hoursFr = draft.hoursFr();
  }

  /** The entry as a draft again, for the editing form. */
  public HelpLineDraft draft() {
    return new HelpLineDraft(
        region,
        nameEn,
        nameFr,
        purposeEn,
        purposeFr,
        nullAsEmpty(phone),
        nullAsEmpty(sms),
        nullAsEmpty(web),
        languagesEn,
        languagesFr,
        hoursEn,
        hoursFr);
  }

  public void setHidden(boolean hidden) {
    this.hidden = hidden;
  }

  public void moveTo(int position) {
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public Region getRegion() {
    return region;
  }

  public int getPosition() {
    return position;
  }

  public boolean isHidden() {
    return hidden;
  }

  public String name(Language language) {
    return language == Language.FR ? nameFr : nameEn;
  }

  public String purpose(Language language) {
    return language == Language.FR ? purposeFr : purposeEn;
  }

  public String languages(Language language) {
    return language == Language.FR ? languagesFr : languagesEn;
  }

  public String hours(Language language) {
    return language == Language.FR ? hoursFr : hoursEn;
  }

  public String getPhone() {
    return nullAsEmpty(phone);
  }

  public String getSms() {
    return nullAsEmpty(sms);
  }

  public String getWeb() {
    return nullAsEmpty(web);
  }

  private static String emptyAsNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static String nullAsEmpty(String text) {
    return text == null ? "" : text;
  }
}
