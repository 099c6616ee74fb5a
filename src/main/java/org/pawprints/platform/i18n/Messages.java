package org.pawprints.platform.i18n;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Texts from the EN and FR bundles outside a page, for mail and for messages built in code. */
public final class Messages {

  public static final String BUNDLE = "org.pawprints.i18n.messages";

  /** Largest number {@link #numbered} keeps: step numbers and small counts, never ids. */
  static final int MAX_KEPT = 100;

  private static final Map<String, String> NUMBERED = new ConcurrentHashMap<>();

  private Messages() {}

  public static String get(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }

  /**
   * A text with one small number ("Step 3"), formatted once per language, key and number and then
   * kept: pages show the same few on every view, and a MessageFormat per row and per view was a
   * visible share of rendering (issue 11, pages). The bundles do not change while the server runs.
   */
  public static String numbered(Language language, String key, int number) {
    if (number < 0 || number > MAX_KEPT) {
      return get(language, key, number);
    }
    return NUMBERED.computeIfAbsent(
        language.name() + '|' + key + '|' + number, unused -> get(language, key, number));
  }
}
