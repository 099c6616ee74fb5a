package org.pawprints.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pawprints.testing.browser.Accessibility;
import org.pawprints.testing.browser.BrowserTest;
import org.pawprints.testing.browser.TestMail;
import org.pawprints.testing.browser.TestPeople.TestPerson;
import org.pawprints.testing.browser.Visitors;

/** "Forgot password" from the request to the new password, through a real SMTP server. */
@BrowserTest
class PasswordResetBrowserIT {

  /**
   * A "forgot password" page left open past its session still sends the link: the page keeps
   * nothing on the server that could expire (before, the tap answered "page expired").
   */
  @Test
  void aForgotPasswordPageLeftOpenPastItsSessionStillSends(Visitors visitors) {
    for (String[] each :
        new String[][] {
          {"en", "en-CA", "If an account uses that address"},
          {"fr", "fr-CA", "un lien est en route"}
        }) {
      TestPerson noa = visitors.people().create("noa", each[0], "PARTICIPANT");
      Page page = visitors.open(each[1]);
      page.navigate(visitors.url("/forgot-password.xhtml"));
      page.locator("#forgot\\:email").fill(noa.email());
      Visitors.endSession(page);

      page.locator("#forgot\\:submit").click();

      assertThat(page.locator("#forgot\\:sent")).containsText(each[2]);
      assertTrue(
          TestMail.linkPath(visitors.mail().awaitMessageTo(noa.email()))
              .contains("reset-password"));
    }
  }

  /**
   * A reset link opened on a phone and finished long after: the page keeps no view on the server,
   * so neither a mistake nor the final tap meets "page expired" (before, both did), and the token
   * still comes back with the form.
   */
  @Test
  void aResetPageLeftOpenPastItsSessionStillSetsThePassword(Visitors visitors) {
    for (String[] each :
        new String[][] {
          {"en", "en-CA", "are not the same", "new password is saved", "a calmer phrase for us"},
          {
            "fr",
            "fr-CA",
            "pas identiques",
            "nouveau mot de passe est enregistré",
            "à notre rythme 🐾"
          }
        }) {
      TestPerson ines = visitors.people().create("ines", each[0], "PARTICIPANT");
      Page page = visitors.open(each[1]);
      page.navigate(visitors.url("/forgot-password.xhtml"));
      page.locator("#forgot\\:email").fill(ines.email());
      page.locator("#forgot\\:submit").click();
      page.navigate(visitors.url(TestMail.linkPath(visitors.mail().awaitMessageTo(ines.email()))));
      String fresh = each[4];

      page.locator("#reset\\:password").fill(fresh);
      page.locator("#reset\\:confirmation").fill(fresh + "!");
      Visitors.endSession(page);
      page.locator("#reset\\:submit").click();
      assertThat(page.locator("#reset\\:messages")).containsText(each[2]);
      visitors.screenshot(page, "reset-mismatch-after-session-" + each[0]);

      page.locator("#reset\\:password").fill(fresh);
      page.locator("#reset\\:confirmation").fill(fresh);
      Visitors.endSession(page);
      page.locator("#reset\\:submit").click();
      assertThat(page.locator(".pp-messages")).containsText(each[3]);

      visitors.signIn(page, ines.email(), fresh);
      assertThat(page).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));
    }
  }

  @Test
  void aFrenchParticipantResetsTheirPasswordByMail(Visitors visitors) throws Exception {
    TestPerson elise = visitors.people().create("elise", "fr", "PARTICIPANT");
    Page laptop = visitors.open("fr-CA");
    visitors.signIn(laptop, elise.email(), elise.password());
    assertThat(laptop).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));

    Page phone = visitors.open("fr-CA");
    phone.navigate(visitors.url("/login.xhtml"));
    phone.locator("#forgot-link").click();
    Accessibility.assertNoSeriousViolations(phone);
    phone.locator("#forgot\\:email").fill(elise.email());
    phone.locator("#forgot\\:submit").click();
    assertThat(phone.locator("#forgot\\:sent")).containsText("un lien est en route");

    MimeMessage mail = visitors.mail().awaitMessageTo(elise.email());
    assertEquals("Votre lien de réinitialisation Pawprints", mail.getSubject());
    assertTrue(TestMail.body(mail).contains("Bonjour Elise"));
    String link = TestMail.linkPath(mail);

    phone.navigate(visitors.url(link));
    Accessibility.assertNoSeriousViolations(phone);
    phone.locator("#reset\\:password").fill("short");
    phone.locator("#reset\\:confirmation").fill("short");
    phone.locator("#reset\\:submit").click();
    assertThat(phone.locator("#reset\\:messages")).containsText("trop court");

    String fresh = "une nouvelle phrase de passe";
    phone.locator("#reset\\:password").fill(fresh);
    phone.locator("#reset\\:confirmation").fill(fresh + " oups");
    phone.locator("#reset\\:submit").click();
    assertThat(phone.locator("#reset\\:messages")).containsText("pas identiques");

    phone.locator("#reset\\:password").fill(fresh);
    phone.locator("#reset\\:confirmation").fill(fresh);
    phone.locator("#reset\\:submit").click();
    assertThat(phone.locator(".pp-messages")).containsText("nouveau mot de passe est enregistré");

    visitors.signIn(phone, elise.email(), fresh);
    assertThat(phone).hasURL(Pattern.compile(".*/my/index\\.xhtml$"));

    // The link works once; the old password no longer does; the laptop's session has ended.
    Page again = visitors.open("fr-CA");
    again.navigate(visitors.url(link));
    assertThat(again.locator("#reset\\:link-invalid")).containsText("a déjà servi ou a expiré");
    visitors.signIn(again, elise.email(), elise.password());
    assertThat(again.locator("#login\\:messages")).containsText("ne correspondent à aucun compte");
    laptop.reload();
    assertThat(laptop).hasURL(Pattern.compile(".*/login\\.xhtml\\?ended=true$"));
    assertThat(laptop.locator("#session-ended")).isVisible();
  }

  @Test
  void anUnknownEmailGetsTheSameAnswerAndNoMail(Visitors visitors) {
    String nobody = "nobody-here-" + System.nanoTime() + "@pawprints.test";
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/forgot-password.xhtml"));
    page.locator("#forgot\\:email").fill(nobody);
    page.locator("#forgot\\:submit").click();
    assertThat(page.locator("#forgot\\:sent")).containsText("If an account uses that address");
    assertEquals(0, visitors.mail().messagesTo(nobody).size());
  }

  @Test
  void aMalformedEmailIsExplained(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/forgot-password.xhtml"));
    page.locator("#forgot\\:email").evaluate("e => e.type = 'text'");
    page.locator("#forgot\\:email").fill("not an email");
    page.locator("#forgot\\:submit").click();
    assertThat(page.locator("#forgot\\:messages")).containsText("like name@example.com");
  }

  @Test
  void aMadeUpResetLinkIsRefusedCalmly(Visitors visitors) {
    Page page = visitors.open("en-CA");
    page.navigate(visitors.url("/reset-password.xhtml?token=made-up-token"));
    assertThat(page.locator("#reset\\:link-invalid"))
        .containsText("already been used or has expired");
  }
}
