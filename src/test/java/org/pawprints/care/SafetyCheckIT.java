package org.pawprints.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.care.application.FollowUpLine;
import org.pawprints.care.application.FollowUps;
import org.pawprints.care.application.SafetyChecks;
import org.pawprints.care.application.SafetyOutcome;
import org.pawprints.care.domain.FollowUpReason;
import org.pawprints.care.domain.SafetyQuestion;
import org.pawprints.closeness.application.CheckIns;
import org.pawprints.couple.application.AnswerSharing;
import org.pawprints.couple.application.IndividualTrack;
import org.pawprints.couple.application.PartnerStatus;
import org.pawprints.couple.application.Reveals;
import org.pawprints.couple.domain.Visibility;
import org.pawprints.gesture.application.Appreciations;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: the safety check is its author's alone and leaves no trace a partner could
 * find (no notification, no mail, nothing in the partner's export); with agreement it puts a
 * private check-in on the follow-up list, without the answers. On the individual track nothing of
 * the person's reaches their partner, who sees an ordinary "not answered yet".
 */
@ExtendWith(ArquillianExtension.class)
class SafetyCheckIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(SafetyCheckIT.class, ActingAs.class);
  }

  @Inject SafetyChecks checks;
  @Inject FollowUps followUps;
  @Inject IndividualTrack track;
  @Inject Answers answers;
  @Inject AnswerSharing sharing;
  @Inject Reveals reveals;
  @Inject MyDataExport export;
  @Inject CheckIns checkIns;
  @Inject Appreciations appreciations;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private Seed.TwoCouples cast;

  @BeforeEach
  void twoCouples() throws Exception {
    tx.begin();
    cast = Seed.twoCouples(em, "Safety test", "America/Vancouver", "EN");
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void aConcernWithAgreementOpensAPrivateCheckInAndNothingElse() {
    long notificationsBefore = count("SELECT COUNT(*) FROM notification");
    long mailBefore = count("SELECT COUNT(*) FROM mail_message");
    long auditBefore = count("SELECT COUNT(*) FROM audit_event");

    as(cast.alex());
    SafetyOutcome outcome = checks.answer(concern(), true);
    assertTrue(outcome.concern());
    assertTrue(outcome.checkInAsked());
    assertEquals("NO", checks.mine().orElseThrow().answers().get(SafetyQuestion.SAFE_AT_HOME));

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    FollowUpLine item = followUps.open(cast.cohort()).get(0);
    assertEquals(FollowUpReason.PRIVATE_CHECK_IN, item.getReason());
    assertEquals("alex", item.getWho());

    assertEquals(notificationsBefore, count("SELECT COUNT(*) FROM notification"));
    assertEquals(mailBefore, count("SELECT COUNT(*) FROM mail_message"));
    assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_event"));
  }

  @Test
  void withoutAgreementTheFollowUpListStaysEmpty() {
    as(cast.blair());
    SafetyOutcome outcome = checks.answer(concern(), false);
    assertTrue(outcome.concern());
    assertFalse(outcome.checkInAsked());
    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertTrue(followUps.open(cast.cohort()).isEmpty());

    as(cast.blair());
    SafetyOutcome calm = checks.answer(Map.of(SafetyQuestion.SAFE_AT_HOME, "YES"), false);
    assertFalse(calm.concern());
    assertEquals("SKIP", checks.mine().orElseThrow().answers().get(SafetyQuestion.AFRAID));
  }

  @Test
  void onlyItsAuthorReadsItAndATamperedAnswerIsRefused() {
    as(cast.alex());
    checks.answer(concern(), false);
    Refusal refused =
        assertThrows(
            Refusal.class, () -> checks.answer(Map.of(SafetyQuestion.AFRAID, "MOSTLY"), false));
    assertEquals("safety.unknownAnswer", refused.messageKey());
    assertEquals("NO", checks.mine().orElseThrow().answers().get(SafetyQuestion.SAFE_AT_HOME));

    as(cast.blair());
    assertTrue(checks.mine().isEmpty());
    JsonObject partners = export.export("127.0.0.1");
    assertFalse(partners.containsKey("safetyCheck"));
    assertTrue(partners.getJsonArray("followUpsAboutMe").isEmpty());
    assertFalse(partners.toString().contains("NOT_SURE"));

    as(cast.alex());
    JsonObject mine = export.export("127.0.0.1");
    assertEquals(
        "NO", mine.getJsonObject("safetyCheck").getJsonObject("answers").getString("SAFE_AT_HOME"));

    ActingAs.person(cast.fran(), Role.FACILITATOR);
    assertThrows(AccessDeniedException.class, () -> checks.mine());
    ActingAs.person(cast.ada(), Role.ADMIN);
    assertThrows(AccessDeniedException.class, () -> checks.mine());
  }

  @Test
  void theFirstOfferIsMadeOnce() {
    as(cast.casey());
    assertTrue(checks.offerOnce());
    assertFalse(checks.offerOnce());
  }

  @Test
  void onTheIndividualTrackNothingReachesThePartnerWhoSeesAnOrdinaryWait() {
    as(cast.alex());
    track.switchOn();
    assertTrue(track.amIOn());
    Refusal refused =
        assertThrows(Refusal.class, () -> sharing.choose(STEP, SHARED, Visibility.SHARED_NOW));
    assertEquals("track.sharingPaused", refused.messageKey());
    answers.save(STEP, SHARED, AnswerContent.text("Words that stay mine."));

    as(cast.blair());
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    answers.save(STEP, SHARED, AnswerContent.text("Blair's words."));
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    as(cast.alex());
    assertEquals(PartnerStatus.MINE_ON_OWN_TRACK, reveals.partnerStatus(STEP, SHARED));
    assertEquals(
        0, count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + cast.blair()));
    assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + cast.alex()));

    // Back together: what Alex wrote on the track stays Alex's.
    as(cast.alex());
    track.switchOff();
    assertFalse(track.amIOn());
    assertTrue(reveals.revealed(STEP, SHARED).isEmpty());
    as(cast.blair());
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
  }

  @Test
  void anAnswerRevealedBeforeTheTrackStaysAsThePartnerReadItWhenRedoneOnTheTrack() {
    as(cast.alex());
    answers.save(STEP, SHARED, AnswerContent.text("What Blair already read."));
    as(cast.blair());
    answers.save(STEP, SHARED, AnswerContent.text("Blair's words."));
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));

    as(cast.alex());
    track.switchOn();
    answers.save(STEP, SHARED, AnswerContent.text("Newer words that stay mine."));
    assertEquals(
        AnswerContent.text("Newer words that stay mine."),
        reveals.revealed(STEP, SHARED).orElseThrow().mine());

    // To Blair, a quiet week: the reveal and the words Blair read are unchanged.
    as(cast.blair());
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(
        AnswerContent.text("What Blair already read."),
        reveals.revealed(STEP, SHARED).orElseThrow().partners());

    // Back together, the version from the track stays Alex's until Alex marks one done again.
    as(cast.alex());
    track.switchOff();
    as(cast.blair());
    assertEquals(
        AnswerContent.text("What Blair already read."),
        reveals.revealed(STEP, SHARED).orElseThrow().partners());
    as(cast.alex());
    answers.save(STEP, SHARED, AnswerContent.text("Words for us both."));
    as(cast.blair());
    assertEquals(
        AnswerContent.text("Words for us both."),
        reveals.revealed(STEP, SHARED).orElseThrow().partners());
  }

  @Test
  void anAnswerWrittenOnTheTrackStaysMineUntilIShareThatAnswer() {
    as(cast.alex());
    track.switchOn();
    answers.save(STEP, SHARED, AnswerContent.text("Written on my own."));
    Refusal paused = assertThrows(Refusal.class, () -> sharing.shareFromTrack(STEP, SHARED));
    assertEquals("track.sharingPaused", paused.messageKey());
    track.switchOff();
    as(cast.blair());
    answers.save(STEP, SHARED, AnswerContent.text("Blair's words."));

    // Back together: switching back and "Done" on the same words release nothing.
    as(cast.alex());
    answers.save(STEP, SHARED, AnswerContent.text("Written on my own."));
    assertTrue(sharing.heldFromTrack(STEP, SHARED));
    assertEquals(PartnerStatus.MINE_KEPT_FROM_TRACK, reveals.partnerStatus(STEP, SHARED));
    as(cast.blair());
    assertEquals(PartnerStatus.PARTNER_NOT_ANSWERED, reveals.partnerStatus(STEP, SHARED));
    assertEquals(
        0, count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + cast.blair()));

    // Alex chooses to share that one answer: revealed, and Blair is told as after any answer.
    as(cast.alex());
    sharing.shareFromTrack(STEP, SHARED);
    assertFalse(sharing.heldFromTrack(STEP, SHARED));
    assertEquals(PartnerStatus.REVEALED, reveals.partnerStatus(STEP, SHARED));
    as(cast.blair());
    assertEquals(
        AnswerContent.text("Written on my own."),
        reveals.revealed(STEP, SHARED).orElseThrow().partners());
    assertEquals(
        1, count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + cast.blair()));

    // On the track again, a newer version stays Alex's; Blair keeps reading the shared one.
    as(cast.alex());
    track.switchOn();
    answers.save(STEP, SHARED, AnswerContent.text("Newer, mine alone."));
    as(cast.blair());
    assertEquals(
        AnswerContent.text("Written on my own."),
        reveals.revealed(STEP, SHARED).orElseThrow().partners());
  }

  @Test
  void onTheIndividualTrackPracticeStaysMineAndNotesToMyPartnerAreRefused() {
    as(cast.alex());
    checkIns.share(true);
    track.switchOn();
    checkIns.save("4", "");
    Refusal refused =
        assertThrows(
            Refusal.class, () -> appreciations.send("Thank you", UUID.randomUUID().toString()));
    assertEquals("track.sharingPaused", refused.messageKey());
    as(cast.blair());
    assertTrue(checkIns.partners().getCheckIns().isEmpty(), "a week without a check-in");
    appreciations.send("For the tea", UUID.randomUUID().toString());
    assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE recipient_id = " + cast.alex()));
  }

  private static Map<SafetyQuestion, String> concern() {
    Map<SafetyQuestion, String> answers = new EnumMap<>(SafetyQuestion.class);
    answers.put(SafetyQuestion.SAFE_AT_HOME, "NO");
    answers.put(SafetyQuestion.FREE_TO_SPEAK, "NOT_ALWAYS");
    answers.put(SafetyQuestion.AFRAID, "NOT_SURE");
    answers.put(SafetyQuestion.TOGETHER_OK, "NO");
    return answers;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }
}
