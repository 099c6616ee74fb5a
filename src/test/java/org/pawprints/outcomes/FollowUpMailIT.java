package org.pawprints.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.outcomes.application.FollowUpInvitationsJob;
import org.pawprints.outcomes.application.LinkState;
import org.pawprints.outcomes.application.Questionnaires;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.MovableClock;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;
import org.pawprints.testing.SentMail;

/**
 * The follow-up questionnaire's mail, run the way the server runs it: the daily job ({@link
 * FollowUpInvitationsJob}, whose timer fires at 09:30) called on the days the test clock is moved
 * to. Nothing before the 90th day after the cohort's end; on that day one mail per participant, in
 * their language; none again the next day; the link works once, only for its owner, and not after
 * its 60 days.
 */
@ExtendWith(ArquillianExtension.class)
class FollowUpMailIT {

  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(
        FollowUpMailIT.class, ActingAs.class, SentMail.class, MovableClock.class);
  }

  @Inject FollowUpInvitationsJob job;
  @Inject Questionnaires questionnaires;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long cohort;
  private long ana;
  private long camille;
  private long erased;

  /** A couple (Ana in English, Camille in French) whose cohort ended 80 days ago. */
  @BeforeEach
  void aCoupleWhoseCohortEndedEightyDaysAgo() throws Exception {
    MovableClock.reset();
    tx.begin();
    ana = Seed.person(em, "ana", "Ana", Language.EN, Role.PARTICIPANT);
    camille = Seed.person(em, "camille", "Camille", Language.FR, Role.PARTICIPANT);
    erased = Seed.person(em, "gone", "Gone", Language.EN, Role.PARTICIPANT);
    cohort = ana + 8_500_000;
    Seed.cohort(em, cohort, "Follow-up mail test", 10);
    Seed.member(em, cohort, ana);
    Seed.member(em, cohort, camille);
    Seed.member(em, cohort, erased);
    Seed.couple(em, ana + 8_600_000, cohort, ana, camille);
    LocalDate today = LocalDate.now(TORONTO);
    Seed.sql(
        em,
        "UPDATE cohort SET starts_on = ?1, ends_on = ?2 WHERE id = ?3",
        today.minusDays(80 + 56),
        today.minusDays(80),
        cohort);
    Seed.sql(em, "UPDATE person SET active = FALSE WHERE id = ?1", erased);
    tx.commit();
  }

  @AfterEach
  void backToNow() {
    MovableClock.reset();
    ActingAs.anonymous();
  }

  @Test
  void theDailyJobMailsEachPersonOnceOnTheNinetiethDayInTheirLanguage() {
    job.sendDue();
    MovableClock.moveForwardDays(9); // the 89th day after the end
    job.sendDue();
    assertEquals(0, links(), "nothing before the follow-up opens");

    MovableClock.moveForwardDays(1); // the 90th day
    job.sendDue();
    assertEquals(2, links(), "one each for the couple; nobody for a paused account");
    String anasMail = SentMail.newestTextTo(email(ana));
    String camillesMail = SentMail.newestTextTo(email(camille));
    assertTrue(anasMail.startsWith("Hello Ana,"), anasMail);
    assertTrue(camillesMail.startsWith("Bonjour Camille,"), camillesMail);
    String anasToken = token(anasMail);
    String camillesToken = token(camillesMail);

    MovableClock.moveForwardDays(1);
    job.sendDue();
    assertEquals(2, links(), "never a second link");
    assertEquals(anasMail, SentMail.newestTextTo(email(ana)));

    // Only for its owner: Camille's partner cannot use it, nor tell it from a wrong one.
    ActingAs.person(ana, Role.PARTICIPANT);
    ItemSet set = questionnaires.questions();
    assertEquals(LinkState.INVALID, questionnaires.link(camillesToken));
    assertEquals(LinkState.OPEN, questionnaires.link(anasToken));
    questionnaires.answerByLink(anasToken, answers(set, "4"));
    assertEquals(LinkState.USED, questionnaires.link(anasToken));
    Refusal again =
        assertThrows(
            Refusal.class, () -> questionnaires.answerByLink(anasToken, answers(set, "2")));
    assertEquals("outcomes.linkInvalid", again.messageKey());

    // Camille's still works on the 59th day after it was sent, not on the 61st.
    MovableClock.moveForwardDays(58);
    ActingAs.person(camille, Role.PARTICIPANT);
    assertEquals(LinkState.OPEN, questionnaires.link(camillesToken));
    MovableClock.moveForwardDays(2);
    assertEquals(LinkState.INVALID, questionnaires.link(camillesToken));
  }

  private long links() {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM outcome_follow_up_link WHERE cohort_id = ?1")
                .setParameter(1, cohort)
                .getSingleResult())
        .longValue();
  }

  private String email(long person) {
    return em.find(Person.class, person).getEmail();
  }

  private static String token(String mail) {
    Matcher link = Pattern.compile("/my/outcomes\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail);
    assertTrue(link.find(), mail);
    return link.group(1);
  }

  private static Map<Integer, String> answers(ItemSet set, String each) {
    Map<Integer, String> sent = new HashMap<>();
    set.getItems().forEach(i -> sent.put(i.getPosition(), each));
    return sent;
  }
}
