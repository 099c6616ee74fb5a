package org.pawprints.testing.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 13: what a page shows never holds a raw timestamp (such as {@code
 * 2026-12-02T07:31:40.302556Z}, once seen on the admin cohort page) nor a separator left stranded
 * by an empty field ("Jan 5, 2027 – ·"). Only the text a person reads is checked: a {@code <time
 * datetime="...">} attribute or a date picker's value is meant for machines.
 */
public final class ReadableDates {

  private static final Pattern RAW_TIMESTAMP =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})?");

  /**
   * Two separators in a row, a line that starts or ends with one (a line that is only a dash is a
   * deliberate "nothing here"), or empty brackets.
   */
  private static final List<Pattern> STRAY_SEPARATORS =
      List.of(
          Pattern.compile("[·–]\\s*[·–]"),
          Pattern.compile("(?m)^ *[·–] *\\S|\\S *[·–] *$"),
          Pattern.compile("\\(\\s*\\)"));

  private static final String BLOCKS =
      "p|div|li|ul|ol|td|th|tr|table|h[1-6]|section|article|header|footer|nav|main|form|fieldset"
          + "|legend|label|button|option|select|br|dd|dt|dl|details|summary|dialog|figure|blockquote";

  private ReadableDates() {}

  /** The text of an HTML page, one line per element, without scripts, styles or attributes. */
  static String text(String html) {
    // Line breaks in the source are spaces on screen: only block elements start a new line.
    return html.replaceAll("(?is)<(script|style|textarea|title)\\b.*?</\\1>", "\n")
        .replaceAll("\\s+", " ")
        .replaceAll("(?is)</?(" + BLOCKS + ")\\b[^>]*>", "\n")
        .replaceAll("(?s)<[^>]*>", " ")
        .replaceAll("&nbsp;|&#160;", " ")
        .replaceAll("[ \\t\\r]+", " ")
        .replaceAll(" ?\\n[\\s]*", "\n");
  }

  /** Fails when the page's text holds a raw timestamp or a stranded separator. */
  public static void assertReadable(String html, String where) {
    String text = text(html);
    Matcher raw = RAW_TIMESTAMP.matcher(text);
    assertFalse(raw.find(), () -> where + " shows a raw timestamp: " + raw.group());
    for (Pattern stray : STRAY_SEPARATORS) {
      Matcher found = stray.matcher(text);
      assertFalse(
          found.find(),
          () -> where + " shows a stray separator: «" + context(text, found.start()) + "»");
    }
  }

  private static String context(String text, int at) {
    return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40))
        .replace('\n', '¶');
  }
}
