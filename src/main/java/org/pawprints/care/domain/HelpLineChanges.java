package org.pawprints.care.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an administrator's save changed in a help entry, in words for the audit log: each field that
 * differs, with its text before and after. The help page is public, so its texts may be written
 * there (unlike anything a participant wrote).
 */
public final class HelpLineChanges {

  private HelpLineChanges() {}

  /** For example {@code phone "1-800-555-0100" -> "1-800-555-0199"; hoursEn "" -> "24/7"}. */
  public static String between(HelpLineDraft before, HelpLineDraft after) {
    List<String> changes = new ArrayList<>();
    for (RecordComponent field : HelpLineDraft.class.getRecordComponents()) {
      Object was = read(field, before);
      Object now = read(field, after);
      if (!Objects.equals(was, now)) {
        changes.add(field.getName() + " \"" + text(was) + "\" -> \"" + text(now) + "\"");
      }
    }
    return changes.isEmpty() ? "nothing" : String.join("; ", changes);
  }

  private static Object read(RecordComponent field, HelpLineDraft draft) {
    try {
      return field.getAccessor().invoke(draft);
    } catch (IllegalAccessException | InvocationTargetException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
