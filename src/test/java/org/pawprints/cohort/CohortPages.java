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
    admin.locator("#cohort\\:startsOn_input").fill("2027-01-05");
    admin.keyboard().press("Escape");
    admin.locator("#cohort\\:endsOn_input").fill("2027-02-23");
    admin.keyboard().press("Escape");
    admin.locator("#cohort\\:capacity").fill(String.valueOf(capacity));
    choose(admin, "cohort\\:pacing", pacingLabel);
    choose(admin, "cohort\\:language", languageLabel);
    admin.locator("#cohort\\:save").click();
    admin.waitForURL(Pattern.compile(".*/admin/cohort-edit\\.xhtml\\?id=\\d+$"));
    Matcher id = Pattern.compile("id=(\\d+)").matcher(admin.url());
    id.find();
    return Long.parseLong(id.group(1));
  }

  /** Picks an option of a PrimeFaces selectOneMenu by (part of) its label. */
  static void choose(Page page, String escapedId, String label) {
    page.locator("#" + escapedId).click();
    page.locator("#" + escapedId + "_items li")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
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
