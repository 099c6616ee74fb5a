package org.pawprints.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pawprints.curriculum.content.application.ModuleCatalog;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.learning.application.Answers;
import org.pawprints.learning.domain.AnswerContent;
import org.pawprints.notification.application.DigestPreferences;
import org.pawprints.notification.application.NotificationLine;
import org.pawprints.notification.application.NotificationSentences;
import org.pawprints.notification.application.Notifications;
import org.pawprints.notification.application.WeeklyDigest;
import org.pawprints.notification.domain.Notification;
import org.pawprints.notification.domain.NotificationKind;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.mail.MailMessage;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;

/**
 * Inside Payara Micro: each person reads and clears only their own bell; sentences are translated;
 * the weekly digest goes only to those who asked, once a week, and never carries anyone's words.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  private static final String STEP = "gentle-start-up";
  private static final String SHARED = "what-helps-me-listen";
  private static final String LINK = "/my/module.xhtml?step=" + STEP;

  /** A Wednesday at noon UTC: the middle of an ISO week in every time zone. */
  private static final Instant WEDNESDAY = Instant.parse("2031-03-05T12:00:00Z");

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(NotificationsIT.class, ActingAs.class);
  }

  @Inject Notifications notifications;
  @Inject NotificationSentences sentences;
  @Inject DigestPreferences preferences;
  @Inject WeeklyDigest digest;
  @Inject MyDataExport export;
  @Inject Answers answers;
  @Inject ModuleCatalog modules;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private long alex;
  private long blair;
  private long casey;
  private String blairEmail;

  @BeforeEach
  void aCoupleAndSomeoneElse() throws Exception {
    tx.begin();
    alex = person("Alex", Language.EN);
    blair = person("Blair", Language.EN);
    casey = person("Casey", Language.FR);
    blairEmail = em.find(Person.class, blair).getEmail();
    long cohort = alex + 9_000_000;
    Seed.cohort(em, cohort, "Bell test", 10);
    Seed.members(em, cohort, alex, blair, casey);
    Seed.couple(em, alex + 9_100_000, cohort, alex, blair);
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void eachPersonReadsOnlyTheirOwnNewestFirst() throws Exception {
    tx.begin();
    notifications.notify(blair, NotificationKind.PARTNER_JOINED, alex, null, "/my/index.xhtml");
    notifications.notify(blair, NotificationKind.PARTNER_FINISHED_MODULE, alex, STEP, LINK);
    notifications.notify(casey, NotificationKind.APPRECIATED, null, null, null);
    tx.commit();

    as(blair);
    List<Notification> mine = notifications.mine();
    assertEquals(2, mine.size());
    assertTrue(mine.stream().allMatch(n -> n.getRecipientId() == blair));
    assertEquals(NotificationKind.PARTNER_FINISHED_MODULE, mine.get(0).getKind(), "newest first");
    assertEquals(2, notifications.unreadCount());
    as(casey);
    assertEquals(1, notifications.mine().size());
    assertEquals(1, notifications.unreadCount());
    as(alex);
    assertEquals(List.of(), notifications.mine());
    assertEquals(0, notifications.unreadCount());

    ActingAs.anonymous();
    assertThrows(AccessDeniedException.class, () -> notifications.mine());
    assertThrows(AccessDeniedException.class, () -> notifications.unreadCount());
    assertThrows(AccessDeniedException.class, () -> notifications.markAllRead());
  }

  @Test
  void markingReadTouchesOnlyMine() throws Exception {
    // Whole milliseconds, as the database keeps them, so "up to" compares like with like.
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    tx.begin();
    em.persist(at(blair, NotificationKind.APPRECIATED, now.minusSeconds(120)));
    em.persist(at(blair, NotificationKind.PARTNER_JOINED, now.minusSeconds(60)));
    em.persist(at(casey, NotificationKind.APPRECIATED, now.minusSeconds(60)));
    tx.commit();

    // What the page does: everything up to the newest it showed.
    as(blair);
    notifications.markReadUpTo(now.minusSeconds(120));
    assertEquals(1, notifications.unreadCount(), "a newer one than shown stays unread");
    notifications.markAllRead();
    assertEquals(0, notifications.unreadCount());
    assertTrue(notifications.mine().stream().noneMatch(Notification::isUnread));
    as(casey);
    assertEquals(1, notifications.unreadCount(), "Blair's reading clears nothing of Casey's");
  }

  @Test
  void sentencesNameThePartnerAndTheModuleInTheReadersLanguage() throws Exception {
    tx.begin();
    notifications.notify(blair, NotificationKind.PARTNER_FINISHED_MODULE, alex, STEP, LINK);
    notifications.notify(blair, NotificationKind.REVEAL_READY, null, "no-such-step", "//evil.test");
    tx.commit();
    as(blair);
    List<Notification> mine = notifications.mine();
    String titleEn = modules.module(STEP, Language.EN).orElseThrow().getTitle();
    String titleFr = modules.module(STEP, Language.FR).orElseThrow().getTitle();

    List<NotificationLine> en = sentences.lines(mine, Language.EN);
    assertEquals(
        "Your partner answered too: your answers in a module are ready to see side by" + " side.",
        en.get(0).getSentence());
    assertNull(en.get(0).getLink(), "a link that leaves Pawprints is dropped");
    assertEquals("Alex finished “" + titleEn + "”.", en.get(1).getSentence());
    assertEquals(LINK, en.get(1).getLink());
    assertTrue(en.get(1).isUnread());

    List<NotificationLine> fr = sentences.lines(mine, Language.FR);
    assertEquals("Alex a terminé «\u00A0" + titleFr + "\u00A0».", fr.get(1).getSentence());
    for (NotificationKind kind : NotificationKind.values()) {
      for (Language language : Language.values()) {
        String sentence =
            sentences.lines(List.of(at(blair, kind, Instant.now())), language).get(0).getSentence();
        assertFalse(sentence.isBlank() || sentence.contains("{"), kind + " " + language);
      }
    }
  }

  @Test
  void theDigestIsOffByDefault() throws Exception {
    tx.begin();
    em.persist(at(blair, NotificationKind.APPRECIATED, WEDNESDAY.minus(Duration.ofDays(1))));
    tx.commit();
    as(blair);
    assertFalse(preferences.weeklyDigestOn());

    digest.sendDue(WEDNESDAY);
    assertEquals(List.of(), mailTo(blairEmail));
  }

  @Test
  void anOptedInPersonGetsOneDigestAWeekWithoutAnyonesWords() throws Exception {
    String alexsWords = "Alex-secret-" + UUID.randomUUID();
    as(alex);
    answers.save(STEP, SHARED, AnswerContent.text(alexsWords));
    as(blair);
    preferences.chooseWeeklyDigest(true);
    assertTrue(preferences.weeklyDigestOn());
    tx.begin();
    em.persist(
        at(blair, NotificationKind.PARTNER_ANSWERED, alex, STEP, WEDNESDAY.minusSeconds(7200)));
    em.persist(at(blair, NotificationKind.APPRECIATED, alex, null, WEDNESDAY.minusSeconds(3600)));
    em.persist(at(blair, NotificationKind.PARTNER_JOINED, WEDNESDAY.minus(Duration.ofDays(8))));
    tx.commit();

    assertTrue(digest.sendDue(WEDNESDAY) >= 1);
    List<MailMessage> mail = mailTo(blairEmail);
    assertEquals(1, mail.size());
    assertEquals("2 things happened in Pawprints this week", mail.get(0).getSubject());
    String body = mail.get(0).getBody();
    assertTrue(body.startsWith("Hello Blair,"), body);
    assertTrue(body.contains("- Alex sent you an appreciation."), body);
    assertTrue(body.contains("- Alex answered a shared exercise in “"), body);
    assertTrue(body.contains("/account/notifications.xhtml"), body);
    assertTrue(body.contains("/account/profile.xhtml"), "how to switch it off: " + body);
    assertFalse(body.contains("is now your partner"), "older than a week: " + body);
    assertFalse(body.contains(alexsWords), "never a participant's words");

    // The same week, again and a day later: nothing more.
    digest.sendDue(WEDNESDAY);
    digest.sendDue(WEDNESDAY.plus(Duration.ofDays(1)));
    assertEquals(1, mailTo(blairEmail).size());

    // The next week, with something new: one more.
    tx.begin();
    em.persist(
        at(blair, NotificationKind.REVEAL_READY, alex, STEP, WEDNESDAY.plus(Duration.ofDays(6))));
    tx.commit();
    digest.sendDue(WEDNESDAY.plus(Duration.ofDays(7)));
    assertEquals(2, mailTo(blairEmail).size());
  }

  @Test
  void noDigestWhenNothingIsUnreadOrAfterSwitchingOff() throws Exception {
    as(blair);
    preferences.chooseWeeklyDigest(true);
    tx.begin();
    em.persist(at(blair, NotificationKind.APPRECIATED, alex, null, WEDNESDAY.minusSeconds(60)));
    tx.commit();
    notifications.markAllRead();
    digest.sendDue(WEDNESDAY);
    assertEquals(List.of(), mailTo(blairEmail), "everything was already read");

    tx.begin();
    em.persist(at(blair, NotificationKind.APPRECIATED, alex, null, WEDNESDAY.minusSeconds(30)));
    tx.commit();
    preferences.chooseWeeklyDigest(false);
    assertFalse(preferences.weeklyDigestOn());
    digest.sendDue(WEDNESDAY);
    assertEquals(List.of(), mailTo(blairEmail), "switched off");
  }

  @Test
  void aFrenchSpeakerGetsTheDigestInFrench() throws Exception {
    as(casey);
    preferences.chooseWeeklyDigest(true);
    tx.begin();
    em.persist(at(casey, NotificationKind.APPRECIATED, alex, null, WEDNESDAY.minusSeconds(60)));
    tx.commit();
    digest.sendDue(WEDNESDAY);
    List<MailMessage> mail = mailTo(em.find(Person.class, casey).getEmail());
    assertEquals(1, mail.size());
    assertEquals("1 chose s’est passée dans Pawprints cette semaine", mail.get(0).getSubject());
    assertTrue(mail.get(0).getBody().contains("- Alex vous a envoyé un mot de reconnaissance."));
  }

  @Test
  void myDataHoldsMyNotificationsAndMyDigestChoice() throws Exception {
    tx.begin();
    notifications.notify(blair, NotificationKind.PARTNER_FINISHED_MODULE, alex, STEP, LINK);
    notifications.notify(alex, NotificationKind.APPRECIATED, blair, null, null);
    tx.commit();
    as(blair);
    preferences.chooseWeeklyDigest(true);
    JsonObject data = export.export("127.0.0.1");
    assertTrue(data.getBoolean("weeklyDigest"));
    assertEquals(1, data.getJsonArray("notifications").size());
    JsonObject one = data.getJsonArray("notifications").getJsonObject(0);
    assertEquals("PARTNER_FINISHED_MODULE", one.getString("kind"));
    assertEquals(STEP, one.getString("detail"));
    as(alex);
    assertFalse(export.export("127.0.0.1").getBoolean("weeklyDigest"));
  }

  private List<MailMessage> mailTo(String email) {
    return em.createQuery(
            "SELECT m FROM MailMessage m WHERE m.recipient = :r ORDER BY m.id", MailMessage.class)
        .setParameter("r", email)
        .getResultList();
  }

  private static Notification at(long recipient, NotificationKind kind, Instant when) {
    return at(recipient, kind, null, null, when);
  }

  private static Notification at(
      long recipient, NotificationKind kind, Long actor, String detail, Instant when) {
    return new Notification(recipient, kind, actor, detail, "/account/notifications.xhtml", when);
  }

  private static void as(long person) {
    ActingAs.person(person, Role.PARTICIPANT);
  }

  private long person(String name, Language language) {
    Person p =
        new Person(
            name.toLowerCase() + "-" + UUID.randomUUID() + "@pawprints.test",
            name,
            language,
            Set.of(Role.PARTICIPANT));
    em.persist(p);
    em.flush();
    return p.getId();
  }

  private void sql(String statement, Object... values) {
    var query = em.createNativeQuery(statement);
    for (int i = 0; i < values.length; i++) {
      query.setParameter(i + 1, values[i]);
    }
    query.executeUpdate();
  }
}
