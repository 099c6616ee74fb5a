package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ReadableDatesTest {

  @Test
  void aRawTimestampOrAStrandedSeparatorFails() {
    assertThrows(
        AssertionFailedError.class,
        () -> ReadableDates.assertReadable("<p>Sent 2026-12-02T07:31:40.302556Z</p>", "page"));
    assertThrows(
        AssertionFailedError.class,
        () ->
            ReadableDates.assertReadable("<p>Jan 5, 2027 <span></span> – · 3 couples</p>", "page"));
    assertThrows(
        AssertionFailedError.class,
        () -> ReadableDates.assertReadable("<p>Jan 5, 2027 –</p>", "page"));
    assertThrows(
        AssertionFailedError.class, () -> ReadableDates.assertReadable("<li>Fay ()</li>", "page"));
  }

  @Test
  void readableDatesMachineAttributesAndDashPlaceholdersPass() {
    ReadableDates.assertReadable(
        "<p><a href='/my'>My modules</a> · <span>Screen 2 of 9</span></p>"
            + "<time datetime=\"2026-12-02T07:31:40Z\">Dec 2, 2026, 2:31 a.m.</time>"
            + "<input value=\"2027-01-05\"/><td>–</td>"
            + "<span>From Ana\n   · Dec 3, 2026</span>"
            + "<script>var t = '2026-12-02T07:31:40Z';</script>",
        "page");
  }
}
