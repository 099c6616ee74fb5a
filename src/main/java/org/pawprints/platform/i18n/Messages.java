package org.pawprints.platform.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts from the EN and FR bundles outside a page, for mail and for messages built in code. */
public final class Messages {

  public static final String BUNDLE = "org.pawprints.i18n.messages";

  private Messages() {}

  public static String get(Language language, String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.locale()).format(arguments);
  }
}
