package org.pawprints.outcomes.domain;

import java.util.List;

/** A questionnaire version as an administrator writes it, before it is checked and saved. */
public record ItemSetDraft(
    int scalePoints,
    String nameEn,
    String nameFr,
    String noticeEn,
    String noticeFr,
    String lowEn,
    String lowFr,
    String highEn,
    String highFr,
    List<DraftItem> items) {

  public ItemSetDraft {
    items = List.copyOf(items);
  }

  /** One statement as written. */
  public record DraftItem(String textEn, String textFr, boolean reverseScored) {}
}
