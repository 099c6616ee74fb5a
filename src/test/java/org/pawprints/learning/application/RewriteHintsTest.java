package org.pawprints.learning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pawprints.curriculum.content.ShippedModules;
import org.pawprints.curriculum.content.domain.ExerciseKind;
import org.pawprints.curriculum.content.domain.ModuleDocument;
import org.pawprints.curriculum.content.domain.ModuleDocument.Exercise;
import org.pawprints.curriculum.content.domain.ModuleDocument.Item;

/**
 * The rewrite hints agree with the module's own examples, and give real-sounding answers the marks
 * a counsellor would: a participant who writes like the model answer never gets a suggestion.
 */
class RewriteHintsTest {

  @Test
  void everyModelAnswerPassesEveryCheckOfItsOwnExercise() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (ModuleDocument module : ShippedModules.documents()) {
      for (Exercise exercise : module.exercises()) {
        if (exercise.kind() != ExerciseKind.REWRITE) {
          continue;
        }
        for (Item item : exercise.items()) {
          RewriteHints.check(item.id(), exercise.modelAnswer())
              .filter(met -> !met)
              .ifPresent(
                  unmet -> failures.add(module.slug() + "." + module.language() + " " + item.id()));
          checked++;
        }
      }
    }
    assertTrue(checked >= 20, "the six model answers were checked");
    assertEquals(List.of(), failures);
  }

  @Test
  void everyHarshStartUpGetsAtLeastOneSuggestion() {
    for (ModuleDocument module : ShippedModules.documents()) {
      for (Exercise exercise : module.exercises()) {
        if (exercise.kind() == ExerciseKind.REWRITE) {
          assertTrue(
              exercise.items().stream()
                  .anyMatch(i -> !RewriteHints.check(i.id(), exercise.harshStartUp()).orElse(true)),
              exercise.harshStartUp());
        }
      }
    }
  }

  @Test
  void aFeelingIsRecognisedTheWaysPeopleSayIt() {
    feeling(true, "I'm wiped tonight and the sink is full.");
    feeling(true, "I am so tired today.");
    feeling(true, "Honestly I miss you in the evenings.");
    feeling(true, "I'm getting frustrated and I don't want to snap at you.");
    feeling(true, "I've been feeling a bit alone with the bills lately.");
    feeling(true, "It makes me anxious when plans change at the last minute.");
    feeling(true, "Long week, I'm running on empty.");
    feeling(true, "I'm starting to get overwhelmed by the move.");
    feeling(true, "Je suis crevée ce soir.");
    feeling(true, "Tu me manques quand tu travailles de nuit.");
    feeling(true, "Ça m’inquiète quand tu ne réponds pas.");
    feeling(true, "Je commence à être à cran, je préfère qu’on prenne une pause.");
    feeling(true, "Je me suis sentie mise de côté au souper.");
    feeling(true, "J’ai de la peine quand on se couche fâchés.");
    feeling(false, "The dishes are still in the sink.");
    feeling(false, "I feel like you never listen to me.");
    feeling(false, "J’ai l’impression que tu t’en fiches.");
    feeling(false, "Could you take out the recycling tonight?");
    feeling(false, "Pourrais-tu sortir le recyclage ce soir ?");
    feeling(false, "I'm getting the groceries after work.");
  }

  @Test
  void aRequestIsRecognisedTheWaysPeopleAskIt() {
    request(true, "Could we eat without screens on Sunday?");
    request(true, "Can we both take a breath?");
    request(true, "Would you be up for a walk after supper?");
    request(true, "Do you think we could call each other at lunch?");
    request(true, "Let's keep Saturday morning for us.");
    request(true, "Want to try again in ten minutes?");
    request(true, "I'd really appreciate a text when you're running late.");
    request(true, "Est-ce qu’on pourrait souper sans cellulaire dimanche ?");
    request(true, "On peut prendre une pause ?");
    request(true, "Tu pourrais m’écrire quand tu quittes le travail ?");
    request(true, "Ça me ferait du bien qu’on se parle avant de dormir.");
    request(true, "On se reprend demain matin ?");
    request(false, "You never help with anything.");
    request(false, "I'm tired of this.");
    request(false, "Why can't you ever pick up your socks?");
    request(false, "Je suis tannée de tout faire.");
    request(false, "On peut pas continuer comme ça.");
    request(false, "Whatever, forget it.");
  }

  @Test
  void theOtherChecksReadBothLanguages() {
    assertEquals(false, check("no-absolutes", "You always forget the garbage."));
    assertEquals(false, check("no-absolutes", "C’est tout le temps moi qui range."));
    assertEquals(true, check("no-absolutes", "I'm worn out and could use a hand tonight."));
    assertEquals(false, check("no-blame-you", "Why don't you ever call?"));
    assertEquals(false, check("no-blame-you", "T’es jamais là quand j’ai besoin."));
    assertEquals(true, check("no-blame-you", "I miss you. Could we call at lunch?"));
    assertEquals(false, check("no-mind-reading", "You obviously don't want to be here."));
    assertEquals(false, check("no-mind-reading", "Ce que je dis ne t’intéresse pas."));
    assertEquals(true, check("no-mind-reading", "Do you think we could talk later?"));
    assertEquals(true, check("no-mind-reading", "Do you want to take a break?"));
    assertEquals(true, check("short-enough", "I'm flooded. Can we pause for twenty minutes?"));
    assertEquals(false, check("short-enough", "word ".repeat(RewriteHints.SHORT_ENOUGH_WORDS + 1)));
    assertTrue(RewriteHints.check("situation-described", "anything").isEmpty());
    assertTrue(RewriteHints.checks("feeling-named"));
  }

  @Test
  void everyCheckHasItsSuggestionInBothLanguages() {
    for (String id :
        List.of(
            "feeling-named",
            "need-stated",
            "no-absolutes",
            "no-blame-you",
            "no-mind-reading",
            "short-enough")) {
      assertTrue(RewriteHints.checks(id), id);
      for (java.util.Locale locale :
          List.of(java.util.Locale.ENGLISH, java.util.Locale.CANADA_FRENCH)) {
        java.util.ResourceBundle bundle =
            java.util.ResourceBundle.getBundle("org.pawprints.i18n.messages", locale);
        assertTrue(bundle.containsKey("rewriteHint.met." + id), id);
        assertTrue(bundle.getString("rewriteHint.try." + id).length() > 10, id);
      }
    }
  }

  private static void feeling(boolean expected, String text) {
    assertEquals(expected, check("feeling-named", text), text);
  }

  private static void request(boolean expected, String text) {
    assertEquals(expected, check("need-stated", text), text);
  }

  private static boolean check(String id, String text) {
    return RewriteHints.check(id, text).orElseThrow();
  }
}
