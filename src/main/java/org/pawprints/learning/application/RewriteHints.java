package org.pawprints.learning.application;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gentle hints on a rewritten start-up: did the participant name a feeling, say what they need,
 * leave out "always" and "never", and speak about themselves rather than about their partner? Plain
 * word lists in English and French; a hint, never a grade.
 */
public final class RewriteHints {

  private static final List<String> FEELINGS =
      List.of(
          "i feel",
          "i'm feeling",
          "i am feeling",
          "i felt",
          "overwhelmed",
          "tired",
          "worried",
          "stressed",
          "sad",
          "hurt",
          "lonely",
          "frustrated",
          "anxious",
          "exhausted",
          "upset",
          "scared",
          "nervous",
          "disappointed",
          "drained",
          "je me sens",
          "je suis fatigu",
          "je suis epuise",
          "je suis a bout",
          "depasse",
          "inquiet",
          "inquiete",
          "triste",
          "blesse",
          "seul",
          "frustre",
          "stresse",
          "anxieux",
          "anxieuse",
          "decourage",
          "j'ai peur",
          "deborde",
          "debordee");
  private static final List<String> NEEDS =
      List.of(
          "could use",
          "i need",
          "i'd love",
          "i would love",
          "i'd like",
          "i would like",
          "could you",
          "can you",
          "would you",
          "would it help",
          "please",
          "it would help",
          "j'aurais besoin",
          "j'ai besoin",
          "j'aimerais",
          "pourrais-tu",
          "pourriez-vous",
          "peux-tu",
          "est-ce que tu pourrais",
          "ca m'aiderait",
          "ca m'aiderait",
          "s'il te plait",
          "svp");
  private static final Pattern ABSOLUTES =
      Pattern.compile("\\b(always|never|every time|toujours|jamais|chaque fois|tout le temps)\\b");
  private static final Pattern BLAME_OPENING = Pattern.compile("^(you|you're|your|tu|t'es|toi)\\b");
  private static final Pattern MIND_READING =
      Pattern.compile(
          "\\b(you don't care|you think|you want to|tu t'en fiches|tu penses que|tu fais expres)\\b");

  private RewriteHints() {}

  /**
   * Whether the text meets a checklist item: true or false for the items Pawprints knows how to
   * check, empty for any other (the page shows those as questions to ask oneself).
   */
  public static Optional<Boolean> check(String checklistId, String text) {
    String t = plain(text);
    return switch (checklistId) {
      case "feeling-named" -> Optional.of(FEELINGS.stream().anyMatch(t::contains));
      case "need-stated" -> Optional.of(NEEDS.stream().anyMatch(t::contains));
      case "no-absolutes" -> Optional.of(!ABSOLUTES.matcher(t).find());
      case "no-blame-you" -> Optional.of(!BLAME_OPENING.matcher(t.strip()).find());
      case "no-mind-reading" -> Optional.of(!MIND_READING.matcher(t).find());
      default -> Optional.empty();
    };
  }

  /** Lower case, accents and typographic apostrophes folded, so "Ça m’aiderait" matches. */
  static String plain(String text) {
    String folded =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('\u2019', '\'');
    return folded.toLowerCase(Locale.ROOT);
  }
}
