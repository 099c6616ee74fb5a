package org.pawprints.testing.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/**
 * Signing up with a cohort's join code as a newcomer does: the form, then the confirmation link
 * from the mail (issue #10, rule 2), then the sign-in page with the welcome.
 */
public final class JoinByCode {

  private JoinByCode() {}

  /** Fills the join page's new-account form and sends it; nothing is created yet. */
  public static void ask(Page page, String code, String email, String name, String password) {
    page.locator("#join\\:code").fill(code.toLowerCase());
    page.locator("#join\\:email").fill(email);
    page.locator("#join\\:displayName").fill(name);
    page.locator("#join\\:password").fill(password);
    page.locator("#join\\:confirmation").fill(password);
    page.locator("#join\\:create").click();
  }

  /** Opens the confirmation link mailed to {@code email} and confirms; lands on sign-in. */
  public static void confirmFromMail(Visitors visitors, Page page, String email) {
    page.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(email))));
    page.locator("#confirm\\:confirm-button").click();
    assertThat(page.locator("#login\\:email")).isVisible();
  }

  /** The whole sign-up: asks, sees "check your mail", confirms from the mail. */
  public static void signUp(
      Visitors visitors, Page page, String code, String email, String name, String password) {
    ask(page, code, email, name, password);
    assertThat(page.locator("#join\\:check-mail")).isVisible();
    confirmFromMail(visitors, page, email);
  }
}
