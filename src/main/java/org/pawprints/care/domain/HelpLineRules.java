package org.pawprints.care.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a help entry must be for the help page to be trusted in a hard moment: a name and a purpose
 * in both languages, a way to reach the service that a phone can dial or open, and plain text only
 * (the page escapes everything anyway; markup in an entry is refused so that nobody is surprised by
 * what a participant sees). Lengths match the table's columns.
 */
public final class HelpLineRules {

  public static final int NAME_MAX = 120;
  public static final int PURPOSE_MAX = 300;
  public static final int SHORT_MAX = 120;
  public static final int NUMBER_MAX = 30;
  public static final int WEB_MAX = 300;

  /** Digits with the separators people write: spaces, dashes, dots, brackets, a leading +. */
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ().-]*");

  private static final int FEWEST_DIGITS = 3;
  private static final int MOST_DIGITS = 15;

  private HelpLineRules() {}

  /** Every problem of a tidied draft, field by field, in the order of the form. */
  public static List<HelpLineProblem> problems(HelpLineDraft draft) {
    List<HelpLineProblem> problems = new ArrayList<>();
    if (draft.region() == null) {
      problems.add(new HelpLineProblem("region", "care.help.invalid.region"));
    }
    required(problems, "nameEn", draft.nameEn(), NAME_MAX, "care.help.invalid.name");
    required(problems, "nameFr", draft.nameFr(), NAME_MAX, "care.help.invalid.name");
    required(problems, "purposeEn", draft.purposeEn(), PURPOSE_MAX, "care.help.invalid.purpose");
    required(problems, "purposeFr", draft.purposeFr(), PURPOSE_MAX, "care.help.invalid.purpose");
    number(problems, "phone", draft.phone(), "care.help.invalid.phone");
    number(problems, "sms", draft.sms(), "care.help.invalid.sms");
    web(problems, draft.web());
    optional(problems, "languagesEn", draft.languagesEn());
    optional(problems, "languagesFr", draft.languagesFr());
    optional(problems, "hoursEn", draft.hoursEn());
    optional(problems, "hoursFr", draft.hoursFr());
    if (draft.phone().isEmpty() && draft.sms().isEmpty() && draft.web().isEmpty()) {
      problems.add(new HelpLineProblem("phone", "care.help.invalid.noContact"));
    }
    return problems;
  }

  /** What a {@code tel:} or {@code sms:} link dials: the digits, with a leading + if written. */
  public static String dialable(String number) {
    if (number == null || number.isBlank()) {
      return "";
    }
    String digits = number.replaceAll("[^0-9]", "");
    return number.strip().startsWith("+") ? "+" + digits : digits;
  }

  /** A web address typed without its scheme ({@code sheltersafe.ca}) gets https. */
  static String withScheme(String web) {
    if (web.isEmpty() || web.contains("://") || containsMarkup(web)) {
      return web;
    }
    return "https://" + web;
  }

  private static void required(
      List<HelpLineProblem> problems, String field, String text, int max, String missingKey) {
    if (text.isEmpty()) {
      problems.add(new HelpLineProblem(field, missingKey));
    } else {
      plain(problems, field, text, max);
    }
  }

  private static void optional(List<HelpLineProblem> problems, String field, String text) {
    plain(problems, field, text, SHORT_MAX);
  }

  private static void plain(List<HelpLineProblem> problems, String field, String text, int max) {
    if (text.length() > max) {
      problems.add(new HelpLineProblem(field, "care.help.invalid.tooLong", max));
    } else if (containsMarkup(text)) {
      problems.add(new HelpLineProblem(field, "care.help.invalid.markup"));
    }
  }

  private static void number(
      List<HelpLineProblem> problems, String field, String number, String key) {
    if (number.isEmpty()) {
      return;
    }
    int digits = dialable(number).replace("+", "").length();
    if (number.length() > NUMBER_MAX
        || !NUMBER.matcher(number).matches()
        || digits < FEWEST_DIGITS
        || digits > MOST_DIGITS) {
      problems.add(new HelpLineProblem(field, key));
    }
  }

  private static void web(List<HelpLineProblem> problems, String web) {
    if (web.isEmpty()) {
      return;
    }
    if (web.length() > WEB_MAX) {
      problems.add(new HelpLineProblem("web", "care.help.invalid.tooLong", WEB_MAX));
    } else if (!isWebAddress(web)) {
      problems.add(new HelpLineProblem("web", "care.help.invalid.web"));
    }
  }

  /** An http(s) address with a real-looking host, nothing a browser would run or hide. */
  static boolean isWebAddress(String web) {
    if (containsMarkup(web) || web.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
      return false;
    }
    try {
      URI uri = new URI(web);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost();
      return (scheme.equals("https") || scheme.equals("http"))
          && uri.getUserInfo() == null
          && host != null
          && host.contains(".")
          && !host.startsWith(".")
          && !host.endsWith(".");
    } catch (URISyntaxException notAnAddress) {
      return false;
    }
  }

  private static boolean containsMarkup(String text) {
    return text.indexOf('<') >= 0 || text.indexOf('>') >= 0;
  }
}
