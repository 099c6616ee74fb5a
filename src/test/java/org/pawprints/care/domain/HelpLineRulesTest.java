package org.pawprints.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The help entry rules, without a server: what an administrator may and may not type. */
class HelpLineRulesTest {

  private static HelpLineDraft draft(String name, String phone, String sms, String web) {
    return new HelpLineDraft(
            Region.ON,
            name,
            "Nom",
            "What it is for",
            "À quoi ça sert",
            phone,
            sms,
            web,
            "",
            "",
            "24/7",
            "24 h sur 24")
        .tidy();
  }

  private static List<String> keys(HelpLineDraft draft) {
    return HelpLineRules.problems(draft).stream().map(HelpLineProblem::messageKey).toList();
  }

  @Test
  void aCompleteEntryWithAPhoneNumberIsAccepted() {
    assertEquals(List.of(), keys(draft("Line", "1-800-563-0808", "", "")));
    assertEquals(List.of(), keys(draft("Line", "911", "988", "988.ca")));
    assertEquals(List.of(), keys(draft("Line", "+1 (604) 555-0100", "", "")));
  }

  @Test
  void aWebAddressWithoutItsSchemeGetsHttps() {
    assertEquals("https://www.sheltersafe.ca/", draft("L", "", "", " www.sheltersafe.ca/ ").web());
  }

  @Test
  void anEmptyNameAMissingWayToReachAndBadNumbersAreRefused() {
    assertEquals(
        List.of("care.help.invalid.name", "care.help.invalid.noContact"),
        keys(draft(" ", "", "", "")));
    assertEquals(List.of("care.help.invalid.phone"), keys(draft("L", "call us", "", "")));
    assertEquals(List.of("care.help.invalid.phone"), keys(draft("L", "12", "", "")));
    assertEquals(List.of("care.help.invalid.sms"), keys(draft("L", "", "1-800-CALL-NOW", "")));
    assertEquals(List.of("care.help.invalid.phone"), keys(draft("L", "1234567890123456", "", "")));
  }

  @Test
  void onlyRealWebAddressesAreAccepted() {
    assertEquals(List.of("care.help.invalid.web"), keys(draft("L", "", "", "javascript:alert(1)")));
    assertEquals(List.of("care.help.invalid.web"), keys(draft("L", "", "", "https://localhost")));
    assertEquals(List.of("care.help.invalid.web"), keys(draft("L", "", "", "https://a b.ca")));
    assertEquals(
        List.of("care.help.invalid.web"),
        keys(draft("L", "", "", "https://user@evil.example.com")));
    assertTrue(HelpLineRules.isWebAddress("https://988.ca/"));
    assertFalse(HelpLineRules.isWebAddress("ftp://988.ca/"));
  }

  @Test
  void markupAndHugeTextsAreRefused() {
    assertEquals(
        List.of("care.help.invalid.markup"),
        keys(draft("<script>alert(1)</script>", "911", "", "")));
    List<HelpLineProblem> problems = HelpLineRules.problems(draft("x".repeat(5000), "911", "", ""));
    assertEquals("care.help.invalid.tooLong", problems.get(0).messageKey());
    assertEquals("nameEn", problems.get(0).field());
    assertEquals(HelpLineRules.NAME_MAX, problems.get(0).arguments()[0]);
  }

  @Test
  void linksDialOnlyDigits() {
    assertEquals("18005630808", HelpLineRules.dialable("1-800-563-0808"));
    assertEquals("+16045550100", HelpLineRules.dialable("+1 (604) 555-0100"));
    assertEquals("", HelpLineRules.dialable(null));
  }
}
