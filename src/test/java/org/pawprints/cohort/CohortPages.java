package org.pawprints.cohort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pawprints.testing.browser.Visitors;

/** Page objects for the cohort pages, by their stable ids. */
final class CohortPages {

  private CohortPages() {}

  /** Fills and saves the new-cohort form; returns the new cohort's id. */
  static long createCohort(
      Visitors visitors,
      Page admin,
      String name,
      String pacingLabel,
      String languageLabel,
      int capacity) {
    admin.navigate(visitors.url("/admin/cohorts.xhtml"));
    admin.locator("#new-cohort").click();
    admin.locator("#cohort\\:name").fill(name);
    admin.locator("#cohort\\:description").fill("Tuesday evenings, online");
    date(admin, "cohort\\:startsOn", "2027-01-05");
    date(admin, "cohort\\:endsOn", "2027-02-23");
    admin.locator("#cohort\\:capacity").fill(String.valueOf(capacity));
    choose(admin, "cohort\\:pacing", pacingLabel);
    choose(admin, "cohort\\:language", languageLabel);
    admin.locator("#cohort\\:save").click();
    admin.waitForURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=\\d+$"));
    Matcher id = Pattern.compile("id=(\\d+)").matcher(admin.url());
    id.find();
    return Long.parseLong(id.group(1));
  }

  /** Picks the option of a PrimeFaces selectOneMenu whose label contains {@code label}. */
  static void choose(Page page, String escapedId, String label) {
    // The menu's own select holds the submitted value; choosing there avoids racing the panel's
    // opening animation on a phone-sized screen.
    Locator select = page.locator("#" + escapedId + "_input");
    Object value =
        select.evaluate(
            "(s, label) => [...s.options].find(o => o.text.includes(label)).value", label);
    select.selectOption(String.valueOf(value), new Locator.SelectOptionOptions().setForce(true));
  }

  /** Types a date and closes the date picker's panel. */
  static void date(Page page, String escapedId, String isoDate) {
    page.locator("#" + escapedId + "_input").fill(isoDate);
    page.keyboard().press("Escape");
    page.locator("h1").first().click();
  }

  static void addFacilitator(Page admin, String email) {
    choose(admin, "facilitators\\:candidate", email);
    admin.locator("#facilitators\\:add").click();
    assertThat(admin.locator("#facilitator-list")).containsText(email);
  }

  static void invite(Page page, String email, String name) {
    page.locator("#invite\\:email").fill(email);
    page.locator("#invite\\:name").fill(name);
    page.locator("#invite\\:send").click();
    assertThat(page.locator(".pp-messages").first()).containsText(email);
  }

  static Locator invitationRow(Page page, String email) {
    return page.locator("li.pp-invitation[data-email='" + email + "']");
  }
}
