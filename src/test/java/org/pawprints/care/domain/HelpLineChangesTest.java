package org.pawprints.care.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HelpLineChangesTest {

  private static HelpLineDraft draft(Region region, String phone, String hoursEn) {
    return new HelpLineDraft(
        region, "Line", "Ligne", "For", "Pour", phone, "", "", "", "", hoursEn, "");
  }

  @Test
  void namesEachChangedFieldWithItsTextBeforeAndAfter() {
    assertEquals(
        "region \"BC\" -> \"QC\"; phone \"911\" -> \"988\"; hoursEn \"\" -> \"24/7\"",
        HelpLineChanges.between(draft(Region.BC, "911", ""), draft(Region.QC, "988", "24/7")));
  }

  @Test
  void anUnchangedEntrySaysSo() {
    assertEquals(
        "nothing",
        HelpLineChanges.between(draft(Region.BC, "911", ""), draft(Region.BC, "911", "")));
  }
}
