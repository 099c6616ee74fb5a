package org.pawprints.care.web;

import java.io.Serializable;
import org.pawprints.care.domain.HelpLineDraft;
import org.pawprints.care.domain.Region;

/** The fields of the help entry being added or changed on the administration page. */
public class HelpLineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String region = Region.CA.name();
  private String nameEn;
  private String nameFr;
  private String purposeEn;
  private String purposeFr;
  private String phone;
  private String sms;
  private String web;
  private String languagesEn;
  private String languagesFr;
  private String hoursEn;
  private String hoursFr;

  /** An empty form, for a new entry. */
  public HelpLineForm() {}

  /** The form for an existing entry. */
  HelpLineForm(long id, HelpLineDraft draft) {
    this.id = id;
    region = draft.region().name();
    nameEn = draft.nameEn();
    nameFr = draft.nameFr();
    purposeEn = draft.purposeEn();
    purposeFr = draft.purposeFr();
    phone = draft.phone();
    sms = draft.sms();
    web = draft.web();
    languagesEn = draft.languagesEn();
    languagesFr = draft.languagesFr();
    hoursEn = draft.hoursEn();
    hoursFr = draft.hoursFr();
  }

  HelpLineDraft draft() {
    return new HelpLineDraft(
        Region.ofCode(region).orElse(null),
        nameEn,
        nameFr,
        purposeEn,
        purposeFr,
        phone,
        sms,
        web,
        languagesEn,
        languagesFr,
        hoursEn,
        hoursFr);
  }

  public boolean isNew() {
    return id == null;
  }

  Long id() {
    return id;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
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

  public String getPurposeEn() {
    return purposeEn;
  }

  public void setPurposeEn(String purposeEn) {
    this.purposeEn = purposeEn;
  }

  public String getPurposeFr() {
    return purposeFr;
  }

  public void setPurposeFr(String purposeFr) {
    this.purposeFr = purposeFr;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getSms() {
    return sms;
  }

  public void setSms(String sms) {
    this.sms = sms;
  }

  public String getWeb() {
    return web;
  }

  public void setWeb(String web) {
    this.web = web;
  }

  public String getLanguagesEn() {
    return languagesEn;
  }

  public void setLanguagesEn(String languagesEn) {
    this.languagesEn = languagesEn;
  }

  public String getLanguagesFr() {
    return languagesFr;
  }

  public void setLanguagesFr(String languagesFr) {
    this.languagesFr = languagesFr;
  }

  public String getHoursEn() {
    return hoursEn;
  }

  public void setHoursEn(String hoursEn) {
    this.hoursEn = hoursEn;
  }

  public String getHoursFr() {
    return hoursFr;
  }

  public void setHoursFr(String hoursFr) {
    this.hoursFr = hoursFr;
  }
}
