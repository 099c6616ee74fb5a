package org.pawprints.ritual.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The rituals one person planned in the ritual planner: the suggestions they picked, their own
 * ritual if they wrote one (tracked under {@link RitualTick#CUSTOM}), and how often.
 */
public record RitualPlan(List<String> keys, String customText, RitualFrequency frequency) {

  public RitualPlan {
    keys = List.copyOf(keys);
    customText = customText == null ? "" : customText.strip();
  }

  /** The plan in a planner answer: picked suggestion ids, free text and frequency as stored. */
  public static RitualPlan of(List<String> picked, String custom, String frequency) {
    List<String> keys = new ArrayList<>(picked);
    if (custom != null && !custom.isBlank()) {
      keys.add(RitualTick.CUSTOM);
    }
    return new RitualPlan(keys, custom, RitualFrequency.ofPlan(frequency));
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public boolean includes(String key) {
    return key != null && keys.contains(key);
  }
}
