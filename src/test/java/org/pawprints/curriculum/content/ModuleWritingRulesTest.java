package org.pawprints.curriculum.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The writing rules of the module README that a machine can check (issue 14, second read-through):
 * French typography, quotation marks, examples that don't assume children, the French words the
 * step catalogue and the modules share, no gendered French forms, the lengths the README gives, and
 * a pointer to "Is this workshop right for us now?" in every module whose practice could be turned
 * against someone.
 */
class ModuleWritingRulesTest {

  /** Fields that are identifiers or codes, not words a participant reads. */
  private static final Set<String> NOT_TEXT =
      Set.of("id", "slug", "language", "kind", "type", "bestChoice");

  /**
   * A character of French high punctuation, or a guillemet, without its non-breaking space (a colon
   * between digits is a time typed into a field, such as 19:30).
   */
  private static final Pattern FRENCH_PUNCTUATION_WITHOUT_SPACE =
      Pattern.compile(
          "(?<![\\u00A0\\u202F])[;!?»]|(?<![\\u00A0\\u202F\\d]):|«(?![\\u00A0\\u202F])|\\d h\\b");

  /** A word as a reader counts it: letters and digits, joined by an apostrophe or a hyphen. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'-][\\p{L}\\p{N}]+)*");

  private static final Pattern CHILDREN_EN =
      Pattern.compile(
          "\\b(child|children|kids?|babysitter|daycare|school|permission slip)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CHILDREN_FR =
      Pattern.compile("\\b(enfants?|gardienne|garderie|école)\\b", Pattern.CASE_INSENSITIVE);

  /** A few parents among the examples are welcome; most examples fit every couple. */
  private static final int AT_MOST_CHILDREN_EXAMPLES = 2;

  /** French words the catalogue and the modules avoid (README, "Words we use"). */
  private static final List<String> FRENCH_WORDS_AVOIDED =
      List.of("appréciation", "ressentiment", "bilan");

  /** Gendered French forms for the couple or the reader; an epicene phrasing exists for each. */
  private static final List<String> GENDERED_FRENCH =
      List.of(
          "tous les deux",
          "toutes les deux",
          "chacun de vous",
          "chacune de vous",
          "l’un de vous",
          "l’un de nous",
          "vous seul ",
          "vous êtes prêt",
          "se sentir attaqué");

  /** The modules whose practice assumes good faith: accepting repairs, plans, thanks, topics. */
  private static final List<String> PRACTICES_THAT_ASSUME_GOOD_FAITH =
      List.of("repair", "predictability", "appreciation", "course-corrections");

  @Test
  void frenchTextUsesNonBreakingSpacesAndGuillemets() {
    List<String> problems = new ArrayList<>();
    for (String slug : ShippedModules.SLUGS) {
      for (String text : texts(slug, "fr")) {
        Matcher m = FRENCH_PUNCTUATION_WITHOUT_SPACE.matcher(text);
        while (m.find()) {
          problems.add(slug + ".fr: …" + around(text, m.start()) + "…");
        }
        if (text.contains("“") || text.contains("”")) {
          problems.add(slug + ".fr uses “ ” instead of « »: " + around(text, text.indexOf('“')));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void bothLanguagesUseTypographicApostrophesAndQuotationMarks() {
    List<String> problems = new ArrayList<>();
    for (String slug : ShippedModules.SLUGS) {
      for (String language : List.of("en", "fr")) {
        for (String text : texts(slug, language)) {
          if (text.contains("'") || text.contains("\"")) {
            problems.add(slug + "." + language + ": " + text);
          }
          if (language.equals("en") && (text.contains("«") || text.contains("»"))) {
            problems.add(slug + ".en uses « »: " + text);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void textsKeepTheLengthsTheReadmeGives() {
    List<String> problems = new ArrayList<>();
    for (String slug : ShippedModules.SLUGS) {
      for (String language : List.of("en", "fr")) {
        JsonObject module = file(slug, language);
        // French runs about a sixth longer than English for the same content.
        double allowance = language.equals("fr") ? 1.15 : 1.0;
        String where = slug + "." + language;
        for (JsonValue section : module.getJsonArray("sections")) {
          JsonObject s = section.asJsonObject();
          checkLength(
              where + " " + s.getString("id"), s.getString("body"), 80, 220, allowance, problems);
        }
        checkLength(
            where + " practice",
            module.getJsonObject("practice").getString("body"),
            40,
            120,
            allowance,
            problems);
        checkLength(
            where + " joeysTake", module.getString("joeysTake"), 50, 120, allowance, problems);
        checkLength(
            where + " learnMore", module.getString("learnMore"), 30, 80, allowance, problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void examplesDoNotAssumeTheCoupleHasChildren() {
    assertChildrenBounded("en", CHILDREN_EN);
    assertChildrenBounded("fr", CHILDREN_FR);
  }

  @Test
  void frenchKeepsTheWordsTheCatalogueUses() {
    List<String> problems = new ArrayList<>();
    for (String slug : ShippedModules.SLUGS) {
      String all = String.join("\n", texts(slug, "fr")).toLowerCase(Locale.ROOT);
      for (String word : FRENCH_WORDS_AVOIDED) {
        if (all.contains(word)) {
          problems.add(slug + ".fr: " + word.strip());
        }
      }
      for (String form : GENDERED_FRENCH) {
        if (all.contains(form)) {
          problems.add(slug + ".fr gendered: " + form.strip());
        }
      }
    }
    assertEquals(List.of(), problems);
    String rituals = String.join("\n", texts("rituals-of-connection", "fr"));
    assertTrue(rituals.contains("petit mot du matin"), "the morning check-in has its own words");
    assertTrue(rituals.contains("retour sur la journée"), "and so does the evening debrief");
    String bids = String.join("\n", texts("turning-toward", "fr"));
    assertTrue(bids.contains("invitation"), "bids are « invitations »");
  }

  @Test
  void practicesThatAssumeGoodFaithPointToTheHelpPageByItsTitle() throws IOException {
    Map<String, String> titles =
        Map.of(
            "en",
            bundle("/org/pawprints/i18n/messages.properties").getProperty("rightForUs.title"),
            "fr",
            bundle("/org/pawprints/i18n/messages_fr.properties").getProperty("rightForUs.title"));
    List<String> missing = new ArrayList<>();
    for (String slug : PRACTICES_THAT_ASSUME_GOOD_FAITH) {
      for (Map.Entry<String, String> title : titles.entrySet()) {
        if (!String.join("\n", texts(slug, title.getKey())).contains(title.getValue())) {
          missing.add(slug + "." + title.getKey());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  /**
   * The bundle's strings around the modules: the help page, the guide, handouts and step practice,
   * and what a module's screens say around the content (answers, quizzes, reveals, hints).
   */
  private static final List<String> FRENCH_BUNDLE_PREFIXES_CHECKED =
      List.of(
          "rightForUs.",
          "guide.",
          "handout.",
          "moment.",
          "module.",
          "landing.credit.",
          "landing.rightForUs",
          "layout.footer.help",
          "quiz.",
          "answer.",
          "visibility.",
          "rewriteHint.",
          "reveal.",
          "facilitatorShare.",
          "reaction.");

  @Test
  void theSafetyGuideAndModuleScreenStringsFollowTheFrenchRulesToo() throws IOException {
    Properties fr = bundle("/org/pawprints/i18n/messages_fr.properties");
    List<String> problems = new ArrayList<>();
    for (String key : fr.stringPropertyNames()) {
      if (FRENCH_BUNDLE_PREFIXES_CHECKED.stream().anyMatch(key::startsWith)) {
        String value = fr.getProperty(key);
        if (FRENCH_PUNCTUATION_WITHOUT_SPACE.matcher(value).find()) {
          problems.add(key);
        }
        GENDERED_FRENCH.stream()
            .filter(value::contains)
            .forEach(form -> problems.add(key + " gendered: " + form.strip()));
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * Every French string of the bundles, not only the module screens' (issue 13, session 6): a
   * non-breaking space before : ; ! ? » and after «. A web address's colon is not punctuation. On
   * failure the message gives each key with its value as it should read, ready to paste in place.
   */
  @Test
  void everyFrenchBundleStringHasItsNonBreakingSpaces() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String path :
        List.of(
            "/org/pawprints/i18n/messages_fr.properties",
            "/org/pawprints/i18n/faces_fr.properties")) {
      Properties fr = bundle(path);
      for (String key : new java.util.TreeSet<>(fr.stringPropertyNames())) {
        String value = fr.getProperty(key);
        if (FRENCH_PUNCTUATION_WITHOUT_SPACE
            .matcher(WEB_ADDRESS.matcher(value).replaceAll(""))
            .find()) {
          problems.add(key + "=" + withNonBreakingSpaces(value).replace("\n", "\\n"));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** A web address, whose colon and question mark are not French punctuation. */
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S*");

  /**
   * The value with the spaces the rule asks for: an ordinary space typed before the sign becomes
   * non-breaking; where none was typed, a narrow one goes before ; ! ? and a non-breaking one
   * before a colon that ends a phrase (never in 19:30 or https://).
   */
  static String withNonBreakingSpaces(String value) {
    return value
        .replaceAll(" ([:;!?»])", "\u00A0$1")
        .replace("« ", "«\u00A0")
        .replaceAll("(?<=[\\p{L}\\p{N}’»)}])([;!?])(?=$|[\\s\"’)<»])", "\u202F$1")
        .replaceAll("(?<=[\\p{L}\\p{N}’»)}]):(?=$|\\s)", "\u00A0:")
        .replaceAll("«(?=[\\p{L}\\p{N}{])", "«\u00A0")
        .replaceAll("(?<=[\\p{L}\\p{N}.!?}])»", "\u00A0»");
  }

  private static void assertChildrenBounded(String language, Pattern children) {
    List<String> found = new ArrayList<>();
    for (String slug : ShippedModules.SLUGS) {
      for (String text : texts(slug, language)) {
        Matcher m = children.matcher(text);
        while (m.find()) {
          found.add(slug + ": " + m.group());
        }
      }
    }
    assertTrue(found.size() <= AT_MOST_CHILDREN_EXAMPLES, language + ": " + found);
  }

  private static void checkLength(
      String where, String text, int min, int max, double allowance, List<String> problems) {
    Matcher word = WORD.matcher(text);
    int words = 0;
    while (word.find()) {
      words++;
    }
    if (words < min || words > max * allowance) {
      problems.add(where + ": " + words + " words, not " + min + "-" + max);
    }
  }

  /** Every human-readable string of a module file, in file order. */
  private static List<String> texts(String slug, String language) {
    List<String> texts = new ArrayList<>();
    collect(file(slug, language), texts);
    return texts;
  }

  private static JsonObject file(String slug, String language) {
    String path = "/content/modules/" + slug + "." + language + ".json";
    try (InputStream in = ModuleWritingRulesTest.class.getResourceAsStream(path);
        JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.readObject();
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  private static void collect(JsonValue value, List<String> texts) {
    if (value instanceof JsonObject object) {
      for (Map.Entry<String, JsonValue> field : object.entrySet()) {
        if (field.getValue() instanceof JsonString s) {
          if (!NOT_TEXT.contains(field.getKey())) {
            texts.add(s.getString());
          }
        } else {
          collect(field.getValue(), texts);
        }
      }
    } else if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonString s) {
          texts.add(s.getString());
        } else {
          collect(item, texts);
        }
      }
    }
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 25), Math.min(text.length(), at + 10));
  }

  private static Properties bundle(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = ModuleWritingRulesTest.class.getResourceAsStream(path)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
