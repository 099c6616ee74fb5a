package org.pawprints.learning.application;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gentle hints on a rewritten start-up: did the participant name a feeling, ask for something,
 * leave out "always" and "never", open without "You…", avoid guessing the partner's mind, keep a
 * repair short? Word patterns in English and French, written from the ways people really say a
 * feeling ("I'm worn out", "I miss you", "je m'ennuie de toi", "je sens que je m'emporte") and a
 * request ("Could we…", "Can we both…", "Est-ce qu'on pourrait…", "On peut… ?"). A pointer, never a
 * grade: the page words an unmet check as a suggestion, and says the check is only a word check.
 */
public final class RewriteHints {

  /** A repair is meant to be said in one breath. */
  static final int SHORT_ENOUGH_WORDS = 35;

  private static final String EN_FEELING_WORDS =
      "tired|exhausted|worn (out|down|thin)|run down|drained|wiped( out)?|beat|spent|burn(ed|t) out"
          + "|running on empty|at the end of my rope|at my limit|stretched (thin|too thin)"
          + "|overwhelmed|swamped|snowed under|overloaded|frazzled|stressed( out)?|tense|on edge"
          + "|wound up|worked up|keyed up|heated|flooded|rattled|shaky|cranky|grumpy|irritable"
          + "|lonely|alone|lonesome|left out|invisible|unseen|unheard|disconnected|far apart"
          + "|far from you|distant|sad|down|low|blue|hurt|heartbroken|gutted|let down"
          + "|disappointed|discouraged|defeated|hopeless|helpless|stuck|frustrated|annoyed"
          + "|irritated|angry|mad|upset|resentful|fed up|worried|anxious|nervous|scared|afraid"
          + "|uneasy|uncomfortable|embarrassed|ashamed|guilty|jealous|insecure|confused|torn"
          + "|unappreciated|taken for granted|overlooked|ignored|sore|raw|touchy|sensitive"
          + "|happy|glad|grateful|relieved|hopeful|calmer|close to you|closer";
  private static final Pattern EN_FEELING =
      Pattern.compile(
          "\\b(i feel|i'm feeling|i am feeling|i've been feeling|i have been feeling|i felt"
              + "|i'm starting to feel|i get (so |really |a bit )?("
              + EN_FEELING_WORDS
              + ")"
              + "|(i'm|i am|i've been|i was|i get|i got|i'm getting|i'm a bit|i'm so|i'm really"
              + "|i'm pretty|i'm kind of|i'm kinda|i'm just|i'm quite|i'm starting to get"
              + "|i'm feeling a bit|it makes me|that makes me|leaves me|left me) ("
              + EN_FEELING_WORDS
              + ")\\b"
              + "|\\bi miss (you|us|our|how)|\\bi'm missing (you|us)|\\bit hurts\\b|\\bit stings\\b"
              + "|\\bmy (heart|chest|stomach)\\b|\\bi'm scared\\b|\\bi'm afraid\\b"
              + "|\\bi'm losing (it|my cool|my temper|patience)\\b|\\bi'm at the end\\b"
              + "|\\bi can feel myself\\b|\\bi'm not okay\\b|\\bi'm not ok\\b"
              // Said on their own, these words are almost always the writer's own feeling.
              + "|\\b(exhausted|overwhelmed|lonely|worried|anxious|frustrated|stressed|drained"
              + "|swamped|frazzled|worn out|heartbroken|discouraged)\\b)");
  private static final String FR_FEELING_WORDS =
      "fatigue|epuise|crevee?|brulee?|videe?|a bout|au bout du rouleau|a plat|lessivee?"
          + "|debordee?|depassee?|submergee?|stressee?|tendue?|a cran|sur les nerfs|nerveux|nerveuse"
          + "|inquiete?|anxieux|anxieuse|angoissee?|seule?|isolee?|loin de toi|a l'ecart|invisible"
          + "|triste|blessee?|peinee?|decue?|decouragee?|frustree?|fachee?|en colere|irritee?"
          + "|tannee?|a boutte|mal a l'aise|genee?|coupable|jalouse?|perdue?|confuse?|ignoree?"
          + "|tenue? pour acquise?|mise? de cote|heureux|heureuse|contente?|soulagee?"
          + "|reconnaissante?|calme|proche de toi";
  private static final Pattern FR_FEELING =
      Pattern.compile(
          "\\b(je me sens|je me suis sentie?|je sens que je|je sens que ca|je ressens|ca me rend"
              + "|ca me fait de la peine|ca me fait mal|ca me blesse|ca m'inquiete|ca me stresse"
              + "|ca me pese|ca me decourage|ca m'attriste|ca me fache|ca me frustre"
              + "|je m'ennuie de toi|tu me manques|tu m'as manque|ca me manque|nous me manque"
              + "|je m'emporte|je perds patience|je suis en train de m'emporter|je m'enerve"
              + "|je commence a m'enerver|j'ai peur|j'ai de la peine|j'ai le cœur gros"
              + "|j'ai le coeur gros|j'ai hate|je m'inquiete|je stresse|je capote|je file pas"
              + "|je ne file pas|je suis a bout"
              + "|(je suis|j'suis|chu|je me sens|je deviens|je commence a etre|j'etais|je reste)"
              + " (un peu |vraiment |tellement |si |assez |tres |trop |completement |juste )?("
              + FR_FEELING_WORDS
              + "))");

  /** "I feel like you…", "je sens que tu…": a thought about the partner, not a feeling. */
  private static final Pattern THOUGHT_DRESSED_AS_FEELING =
      Pattern.compile(
          "\\b(i feel (like|that|as if) (you|you're)|je sens que tu|je me sens comme si tu"
              + "|j'ai l'impression que tu)\\b");

  private static final Pattern EN_REQUEST =
      Pattern.compile(
          "\\b(could you|can you|would you|will you|could we|can we|would we|shall we|should we"
              + "|let's|let us|how about|what if we|what about (we|us|if)|would it be (ok|okay|alright"
              + "|all right)|is it (ok|okay) if|would you be (up for|willing|open)|are you up for"
              + "|do you think (we|you) could|do you mind|would you mind|is there a way"
              + "|i (really |just )?need|i could (really )?use|could use"
              + "|i'd (really |so |just |truly )?(love|like|appreciate|rather|need)"
              + "|i'd really like|i'd rather|i would rather|i'd appreciate|i would appreciate"
              + "|it would help|it'd help|it would really help|it would mean a lot|it'd mean a lot"
              + "|i want us to|i'd like us to|i wish we could|i'm asking|may i ask|can i ask"
              + "|maybe we could|we could|please|mind if (we|i)|up for|wanna)\\b"
              + "|\\bwant to [^.!?]*\\?");
  private static final Pattern FR_REQUEST =
      Pattern.compile(
          "\\b(pourrais-tu|pourrais tu|peux-tu|peux tu|voudrais-tu|veux-tu|aurais-tu|serais-tu"
              + "|pourrait-on|peut-on|pourrions-nous|pouvons-nous|est-ce que tu (pourrais|peux"
              + "|voudrais|veux|serais|aurais)|est-ce qu'on (pourrait|peut)|est-ce que nous"
              + "|j'aurais besoin|j'ai besoin|j'aimerais|j'aimerai|je voudrais|je souhaite"
              + "|je souhaiterais|je te demande|ca m'aiderait|ca m'aiderais|ca me ferait du bien"
              + "|ca me ferait plaisir|ca serait bien|ce serait bien|ca te dirait|que dirais-tu"
              + "|qu'est-ce que tu dirais|s'il te plait|s'il vous plait|svp|on pourrait peut-etre"
              + "|prenons|faisons|essayons|ralentissons|arretons)\\b"
              // "On peut ralentir une minute ?", "Tu pourrais m'aider ?": a request when asked.
              + "|\\b(on peut|on pourrait|tu peux|tu pourrais|tu voudrais|tu veux bien"
              + "|ca te derange|ca te va)\\b[^.!?]*\\?"
              + "|(^|[.!?] )on (se |s')?[a-z]+[^.!?]*\\?");

  private static final Pattern ABSOLUTES =
      Pattern.compile(
          "\\b(always|never|every time|every single time|all the time|constantly|not once"
              + "|toujours|jamais|chaque fois|a chaque fois|tout le temps|constamment|sans arret"
              + "|pas une seule fois)\\b");
  private static final Pattern BLAME_OPENING =
      Pattern.compile(
          "^(you|you're|youre|your|why (do|don't|can't|won't|didn't|would|are) you|tu|t'es|toi"
              + "|ton|ta|tes|pourquoi (tu|est-ce que tu|t'))\\b");
  private static final Pattern MIND_READING =
      Pattern.compile(
          "\\b(you don't (even )?care|you couldn't care less|you only care|(?<!do )you think"
              + "|(?<!do )you want to|you just want|you obviously|you clearly|you must think|you're trying to"
              + "|you do it on purpose|you don't love|you'd rather|you would rather|you don't want"
              + "|tu t'en fiches|tu t'en fous|tu te fiches|tu penses que|tu crois que|tu fais expres"
              + "|tu veux juste|tu ne m'aimes plus|tu m'aimes plus|tu n'en as rien a faire"
              + "|ne t'interesse pas|t'interesse pas|tu preferes|tu aimes mieux)\\b");

  private RewriteHints() {}

  /**
   * Whether the text meets a checklist item: true or false for the items Pawprints knows how to
   * check, empty for any other (the page shows those as questions to ask oneself).
   */
  public static Optional<Boolean> check(String checklistId, String text) {
    String t = plain(text);
    return switch (checklistId) {
      case "feeling-named" -> Optional.of(namesAFeeling(t));
      case "need-stated" ->
          Optional.of(EN_REQUEST.matcher(t).find() || FR_REQUEST.matcher(t).find());
      case "no-absolutes" -> Optional.of(!ABSOLUTES.matcher(t).find());
      case "no-blame-you" -> Optional.of(!BLAME_OPENING.matcher(t.strip()).find());
      case "no-mind-reading" -> Optional.of(!MIND_READING.matcher(t).find());
      case "short-enough" -> Optional.of(words(t) <= SHORT_ENOUGH_WORDS);
      default -> Optional.empty();
    };
  }

  /** Whether Pawprints checks this checklist item by itself. */
  public static boolean checks(String checklistId) {
    return check(checklistId, "").isPresent();
  }

  private static boolean namesAFeeling(String t) {
    String withoutThoughts = THOUGHT_DRESSED_AS_FEELING.matcher(t).replaceAll(" ");
    return EN_FEELING.matcher(withoutThoughts).find() || FR_FEELING.matcher(withoutThoughts).find();
  }

  private static int words(String t) {
    String s = t.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }

  /**
   * Lower case, accents and typographic apostrophes folded, contractions spelled the usual way, so
   * "Ça m’aiderait" and "I am worn out" match their patterns.
   */
  static String plain(String text) {
    String folded =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('\u2019', '\'')
            .replace('\u00A0', ' ')
            .toLowerCase(Locale.ROOT);
    return folded
        .replaceAll("\\bi am\\b", "i'm")
        .replaceAll("\\bim\\b", "i'm")
        .replaceAll("\\bi would\\b", "i'd")
        .replaceAll("\\s+", " ");
  }
}
