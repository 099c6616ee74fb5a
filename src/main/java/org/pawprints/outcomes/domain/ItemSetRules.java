package org.pawprints.outcomes.domain;

import java.util.ArrayList;
import java.util.List;
import org.pawprints.platform.refusal.Refusal;

/**
 * What a questionnaire version must hold before it is saved: a scale of {@link #MIN_POINTS} to
 * {@link #MAX_POINTS} points, a name, a notice and both ends of the scale in both languages, and
 * {@link #MIN_ITEMS} to {@link #MAX_ITEMS} statements with both texts. Rows left empty in both
 * languages are dropped (the page offers spare rows); anything else missing is refused.
 */
public final class ItemSetRules {

  public static final int MIN_POINTS = 3;
  public static final int MAX_POINTS = 10;
  public static final int MIN_ITEMS = 1;
  public static final int MAX_ITEMS = 20;
  public static final int MAX_TEXT = 300;
  public static final int MAX_NAME = 120;
  public static final int MAX_NOTICE = 600;
  public static final int MAX_END = 80;

  private ItemSetRules() {}

  /** The draft, trimmed and without empty rows; or a refusal naming what to fix. */
  public static ItemSetDraft checked(ItemSetDraft draft) {
    if (draft.scalePoints() < MIN_POINTS || draft.scalePoints() > MAX_POINTS) {
      throw new Refusal("outcomes.items.scaleRange", MIN_POINTS, MAX_POINTS);
    }
    List<ItemSetDraft.DraftItem> items = new ArrayList<>();
    int row = 0;
    for (ItemSetDraft.DraftItem item : draft.items()) {
      row++;
      String en = trim(item.textEn());
      String fr = trim(item.textFr());
      if (en.isEmpty() && fr.isEmpty()) {
        continue;
      }
      if (en.isEmpty() || fr.isEmpty()) {
        throw new Refusal("outcomes.items.bothLanguages", row);
      }
      if (en.length() > MAX_TEXT || fr.length() > MAX_TEXT) {
        throw new Refusal("outcomes.items.tooLong", row, MAX_TEXT);
      }
      items.add(new ItemSetDraft.DraftItem(en, fr, item.reverseScored()));
    }
    if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) {
      throw new Refusal("outcomes.items.countRange", MIN_ITEMS, MAX_ITEMS);
    }
    return new ItemSetDraft(
        draft.scalePoints(),
        required(draft.nameEn(), MAX_NAME),
        required(draft.nameFr(), MAX_NAME),
        required(draft.noticeEn(), MAX_NOTICE),
        required(draft.noticeFr(), MAX_NOTICE),
        required(draft.lowEn(), MAX_END),
        required(draft.lowFr(), MAX_END),
        required(draft.highEn(), MAX_END),
        required(draft.highFr(), MAX_END),
        items);
  }

  private static String required(String text, int max) {
    String kept = trim(text);
    if (kept.isEmpty()) {
      throw new Refusal("outcomes.items.textRequired");
    }
    if (kept.length() > max) {
      throw new Refusal("outcomes.items.textTooLong", max);
    }
    return kept;
  }

  private static String trim(String text) {
    return text == null ? "" : text.strip();
  }
}
