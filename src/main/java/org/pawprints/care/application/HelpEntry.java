package org.pawprints.care.application;

import java.io.Serializable;
import java.net.URI;
import org.pawprints.care.domain.HelpLine;
import org.pawprints.care.domain.HelpLineRules;
import org.pawprints.care.domain.Region;
import org.pawprints.platform.i18n.Language;

/**
 * One help entry as a page shows it, in one language, with the links a phone opens ({@code tel:},
 * {@code sms:}). A class with getters rather than a record: pages read it through EL; serializable,
 * as the administration page keeps the list for its view.
 */
public final class HelpEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final Region region;
  private final boolean hidden;
  private final String name;
  private final String purpose;
  private final String phone;
  private final String sms;
  private final String web;
  private final String languages;
  private final String hours;

  HelpEntry(HelpLine line, Language language) {
    this.id = line.getId();
    this.region = line.getRegion();
    this.hidden = line.isHidden();
    this.name = line.name(language);
    this.purpose = line.purpose(language);
    this.phone = line.getPhone();
    this.sms = line.getSms();
    this.web = line.getWeb();
    this.languages = line.languages(language);
    this.hours = line.hours(language);
  }

  public long getId() {
    return id;
  }

  public Region getRegion() {
    return region;
  }

  public boolean isHidden() {
    return hidden;
  }

  public String getName() {
    return name;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getPhone() {
    return phone;
  }

  public String getPhoneLink() {
    return "tel:" + HelpLineRules.dialable(phone);
  }

  public String getSms() {
    return sms;
  }

  public String getSmsLink() {
    return "sms:" + HelpLineRules.dialable(sms);
  }

  public String getWeb() {
    return web;
  }

  /** The address as people say it: its host, without "www." ({@code sheltersafe.ca}). */
  public String getWebLabel() {
    if (web.isEmpty()) {
      return "";
    }
    String host = URI.create(web).getHost();
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  public String getLanguages() {
    return languages;
  }

  public String getHours() {
    return hours;
  }
}
