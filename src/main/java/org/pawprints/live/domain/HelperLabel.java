package org.pawprints.live.domain;

import java.util.regex.Pattern;
import org.pawprints.platform.refusal.Refusal;

/**
 * The table or breakout-room label a couple types when asking for a helper: 1 to 30 characters of
 * letters (any language), digits, spaces and {@code - # . , ' ( ) /}, so it reads as a place and
 * can hold nothing else worth hiding.
 */
public final class HelperLabel {

  public static final int MAX = 30;

  private static final Pattern SAFE = Pattern.compile("[\\p{L}\\p{N} \\-#.,'()/]{1,30}");

  private HelperLabel() {}

  public static String checked(String typed) {
    String label = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    if (label.isEmpty()) {
      throw new Refusal("live.helper.labelRequired");
    }
    if (label.length() > MAX || !SAFE.matcher(label).matches()) {
      throw new Refusal("live.helper.labelInvalid", MAX);
    }
    return label;
  }
}
