package org.pawprints.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.junit.jupiter.api.function.Executable;
import org.pawprints.identity.application.AccessDeniedException;
import org.pawprints.identity.application.MyDataExport;
import org.pawprints.identity.domain.Person;
import org.pawprints.identity.domain.Role;
import org.pawprints.outcomes.application.CohortOutcomes;
import org.pawprints.outcomes.application.FollowUpInvitations;
import org.pawprints.outcomes.application.ItemSets;
import org.pawprints.outcomes.application.LinkState;
import org.pawprints.outcomes.application.Offer;
import org.pawprints.outcomes.application.OutcomesReport;
import org.pawprints.outcomes.application.Questionnaires;
import org.pawprints.outcomes.application.VersionOutcomes;
import org.pawprints.outcomes.domain.Change;
import org.pawprints.outcomes.domain.ItemSet;
import org.pawprints.outcomes.domain.ItemSetDraft;
import org.pawprints.outcomes.domain.OutcomeRepository;
import org.pawprints.outcomes.domain.Response;
import org.pawprints.outcomes.domain.Wave;
import org.pawprints.platform.i18n.Language;
import org.pawprints.platform.refusal.Refusal;
import org.pawprints.testing.ActingAs;
import org.pawprints.testing.PawprintsDeployment;
import org.pawprints.testing.Seed;
import org.pawprints.testing.SentMail;

/**
 * Inside Payara Micro: seeded start, end and follow-up answers give exactly the expected figures;
 * the cohort's smallest group hides them; a participant answers the open wave once, privately; a
 * follow-up link works once, for its owner only.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

  @Deployment
  static WebArchive deployment() {
    return PawprintsDeployment.withTests(OutcomesIT.class, ActingAs.class, SentMail.class);
  }

  @Inject OutcomesReport report;
  @Inject ItemSets itemSets;
  @Inject Questionnaires questionnaires;
  @Inject FollowUpInvitations invitations;
  @Inject OutcomeRepository store;
  @Inject MyDataExport export;
  @Inject UserTransaction tx;
  @PersistenceContext EntityManager em;

  private final List<Long> people = new ArrayList<>();
  private long cohort;
  private long facilitator;
  private long otherFacilitator;
  private long admin;

  /** Six participants of one cohort (the first two a couple), its facilitator, and two others. */
  @BeforeEach
  void aCohortOfSix() throws Exception {
    tx.begin();
    for (int i = 1; i <= 6; i++) {
      people.add(Seed.person(em, "p" + i, Role.PARTICIPANT));
    }
    facilitator = Seed.person(em, "fran", Role.FACILITATOR);
    otherFacilitator = Seed.person(em, "gil", Role.FACILITATOR);
    admin = Seed.person(em, "ada", Role.ADMIN);
    cohort = people.get(0) + 8_000_000;
    Seed.cohort(em, cohort, "Outcomes test", 10);
    people.forEach(p -> Seed.member(em, cohort, p));
    Seed.facilitator(em, cohort, facilitator);
    Seed.couple(em, people.get(0) + 8_100_000, cohort, people.get(0), people.get(1));
    tx.commit();
  }

  @AfterEach
  void nobody() {
    ActingAs.anonymous();
  }

  @Test
  void seededStartEndAndFollowUpAnswersGiveTheExpectedFigures() throws Exception {
    smallestGroup(4);
    seed(Wave.START, 2, 3, 3, 4, 2, 0);
    seed(Wave.END, 3, 4, 3, 5, 0, 0);
    seed(Wave.FOLLOW_UP, 4, 2, 5, 0, 3, 3);

    ActingAs.person(facilitator, Role.FACILITATOR);
    CohortOutcomes outcomes = report.of(cohort, Language.EN);
    assertFalse(outcomes.tooSmall());
    assertEquals(6, outcomes.members());
    assertEquals(List.of(5, 4, 5), outcomes.rates().stream().map(r -> r.answered()).toList());
    assertEquals(List.of(83, 67, 83), outcomes.rates().stream().map(r -> r.percent()).toList());
    assertEquals(1, outcomes.versions().size());
    VersionOutcomes version = outcomes.versions().get(0);
    // Start to end: 2->3, 3->4, 3->3, 4->5: changes 1, 1, 0, 1.
    Change end = version.startToEnd();
    assertEquals(4, end.n());
    assertEquals(new BigDecimal("0.75"), end.meanRounded());
    assertEquals(new BigDecimal("0.50"), end.standardDeviationRounded());
    assertEquals(3, end.rose());
    assertEquals(75, end.percentRose());
    assertTrue(version.showsEnd());
    // Start to follow-up: 2->4, 3->2, 3->5, 2->3 (the sixth has no start): 2, -1, 2, 1.
    Change followUp = version.startToFollowUp();
    assertEquals(4, followUp.n());
    assertEquals(new BigDecimal("1.00"), followUp.meanRounded());
    assertEquals(new BigDecimal("1.41"), followUp.standardDeviationRounded());
    assertEquals(3, followUp.rose());
    assertEquals(75, followUp.percentRose());

    // An administrator sees the same; another cohort's facilitator and a participant nothing.
    ActingAs.person(admin, Role.ADMIN);
    assertEquals(
        new BigDecimal("0.75"),
        report.of(cohort, Language.FR).versions().get(0).startToEnd().meanRounded());
    ActingAs.person(otherFacilitator, Role.FACILITATOR);
    assertThrows(AccessDeniedException.class, () -> report.of(cohort, Language.EN));
    ActingAs.person(people.get(0), Role.PARTICIPANT);
    assertThrows(AccessDeniedException.class, () -> report.of(cohort, Language.EN));
  }

  @Test
  void theCohortsSmallestGroupHidesTheFigures() throws Exception {
    seed(Wave.START, 2, 3, 3, 4, 2, 0);
    seed(Wave.END, 3, 4, 3, 5, 0, 0);
    ActingAs.person(facilitator, Role.FACILITATOR);

    smallestGroup(5);
    CohortOutcomes fewPairs = report.of(cohort, Language.EN);
    assertFalse(fewPairs.tooSmall());
    assertEquals(5, fewPairs.rates().get(0).answered());
    assertEquals(4, fewPairs.versions().get(0).startToEnd().n());
    assertFalse(fewPairs.versions().get(0).showsEnd(), "4 pairs are fewer than 5");

    smallestGroup(7);
    CohortOutcomes tooSmall = report.of(cohort, Language.EN);
    assertTrue(tooSmall.tooSmall());
    assertTrue(tooSmall.rates().isEmpty());
    assertTrue(tooSmall.versions().isEmpty());
  }

  @Test
  void aParticipantAnswersTheOpenWaveOncePrivately() throws Exception {
    dates(today().minusDays(3), today().plusDays(50));
    long me = people.get(0);
    ActingAs.person(me, Role.PARTICIPANT);
    assertEquals(new Offer(cohort, Wave.START), questionnaires.offer().orElseThrow());
    ItemSet set = questionnaires.questions();

    Map<Integer, String> sent = answers(set, "4");
    sent.remove(2);
    assertEquals("outcomes.answerMissing", problem(() -> questionnaires.answer(Wave.START, sent)));
    sent.put(2, String.valueOf(set.getScalePoints() + 1));
    assertEquals(
        "outcomes.answerOutOfRange", problem(() -> questionnaires.answer(Wave.START, sent)));
    sent.put(2, "two");
    assertEquals(
        "outcomes.answerOutOfRange", problem(() -> questionnaires.answer(Wave.START, sent)));
    assertEquals(
        "outcomes.notOpen", problem(() -> questionnaires.answer(Wave.END, answers(set, "4"))));
    assertTrue(store.response(me, cohort, Wave.START).isEmpty());

    questionnaires.answer(Wave.START, answers(set, "4"));
    assertTrue(questionnaires.offer().isEmpty());
    assertEquals(
        "outcomes.alreadyAnswered",
        problem(() -> questionnaires.answer(Wave.START, answers(set, "2"))));
    assertEquals(
        set.getItems().size(),
        store.response(me, cohort, Wave.START).orElseThrow().getAnswers().size());

    // The partner's dashboard offer does not change: nothing tells them.
    ActingAs.person(people.get(1), Role.PARTICIPANT);
    assertEquals(new Offer(cohort, Wave.START), questionnaires.offer().orElseThrow());

    // My own data export carries my answers, with their statements.
    ActingAs.person(me, Role.PARTICIPANT);
    JsonObject mine = export.export("127.0.0.1");
    JsonObject answered = mine.getJsonArray("closenessQuestionnaires").getJsonObject(0);
    assertEquals("START", answered.getString("wave"));
    assertEquals(
        set.getItems().get(0).getTextEn(),
        answered.getJsonArray("answers").getJsonObject(0).getString("statement"));
    assertEquals(4, answered.getJsonArray("answers").getJsonObject(0).getInt("answer"));
  }

  @Test
  void aFollowUpLinkWorksOnceForItsOwnerOnly() throws Exception {
    dates(today().minusDays(150), today().minusDays(90));
    invitations.inviteDue(Instant.now());
    assertEquals(6L, count("SELECT COUNT(*) FROM outcome_follow_up_link WHERE cohort_id = ?1"));
    invitations.inviteDue(Instant.now());
    assertEquals(6L, count("SELECT COUNT(*) FROM outcome_follow_up_link WHERE cohort_id = ?1"));

    long owner = people.get(2);
    String mail = SentMail.newestTextTo(em.find(Person.class, owner).getEmail());
    Matcher link = Pattern.compile("/my/outcomes\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(mail);
    assertTrue(link.find(), mail);
    String token = link.group(1);
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM mail_message WHERE body LIKE '%" + token + "%' AND ?1 > 0"));

    // Someone else, even the owner's cohort-mate, cannot use it, nor learn whose it is.
    ActingAs.person(people.get(3), Role.PARTICIPANT);
    ItemSet set = questionnaires.questions();
    assertEquals(LinkState.INVALID, questionnaires.link(token));
    assertEquals(
        "outcomes.linkInvalid",
        problem(() -> questionnaires.answerByLink(token, answers(set, "3"))));

    ActingAs.person(owner, Role.PARTICIPANT);
    assertEquals(LinkState.INVALID, questionnaires.link(token + "x"));
    assertEquals(LinkState.OPEN, questionnaires.link(token));
    questionnaires.answerByLink(token, answers(set, "5"));
    assertEquals(LinkState.USED, questionnaires.link(token));
    assertEquals(
        "outcomes.linkInvalid",
        problem(() -> questionnaires.answerByLink(token, answers(set, "1"))));
    Response saved = store.response(owner, cohort, Wave.FOLLOW_UP).orElseThrow();
    assertEquals(5, saved.getAnswers().get(0));
    assertEquals(
        1L,
        count("SELECT COUNT(*) FROM outcome_response WHERE cohort_id = ?1 AND wave = 'FOLLOW_UP'"));

    // An expired link no longer works, even for its owner.
    long late = people.get(4);
    tx.begin();
    Seed.sql(
        em,
        "UPDATE outcome_follow_up_link SET expires_at = ?1 WHERE person_id = ?2",
        Instant.now().minusSeconds(60),
        late);
    tx.commit();
    String lateMail = SentMail.newestTextTo(em.find(Person.class, late).getEmail());
    Matcher lateLink = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(lateMail);
    assertTrue(lateLink.find());
    ActingAs.person(late, Role.PARTICIPANT);
    assertEquals(LinkState.INVALID, questionnaires.link(lateLink.group(1)));
  }

  @Test
  void anAdministratorsNewVersionIsGivenFromThenOnAndChangesCompareWithinOneVersion()
      throws Exception {
    ActingAs.person(admin, Role.ADMIN);
    ItemSetDraft current = itemSets.current().toDraft();
    List<ItemSetDraft.DraftItem> three =
        List.of(
            new ItemSetDraft.DraftItem("We laugh together.", "Nous rions ensemble.", false),
            new ItemSetDraft.DraftItem(
                "We talk every day.", "Nous nous parlons chaque jour.", false),
            new ItemSetDraft.DraftItem("We drift apart.", "Nous nous éloignons.", true));
    ItemSetDraft licensed =
        new ItemSetDraft(
            7,
            "Licensed scale",
            "Échelle sous licence",
            "Used with permission.",
            "Utilisée avec permission.",
            current.lowEn(),
            current.lowFr(),
            current.highEn(),
            current.highFr(),
            three);
    assertEquals(
        "outcomes.items.bothLanguages",
        problem(
            () ->
                itemSets.saveNewVersion(
                    new ItemSetDraft(
                        7,
                        "L",
                        "L",
                        "N",
                        "N",
                        "a",
                        "a",
                        "b",
                        "b",
                        List.of(new ItemSetDraft.DraftItem("Only English", " ", false))))));
    ActingAs.person(facilitator, Role.FACILITATOR);
    assertThrows(AccessDeniedException.class, () -> itemSets.saveNewVersion(licensed));
    ActingAs.person(admin, Role.ADMIN);
    long v2 = itemSets.saveNewVersion(licensed).getId();
    assertEquals(v2, itemSets.current().getId());
    assertEquals(1L, itemSets.versions().get(itemSets.versions().size() - 1).getId());

    // Started with the shipped version; two ended with it, two with the new one.
    smallestGroup(3);
    seed(Wave.START, 2, 3, 3, 4, 0, 0);
    seed(Wave.END, 3, 4, 0, 0, 0, 0);
    tx.begin();
    store.add(new Response(people.get(2), cohort, Wave.END, v2, List.of(7, 7, 1), Instant.now()));
    store.add(new Response(people.get(3), cohort, Wave.END, v2, List.of(7, 7, 1), Instant.now()));
    tx.commit();
    ActingAs.person(facilitator, Role.FACILITATOR);
    CohortOutcomes outcomes = report.of(cohort, Language.EN);
    assertEquals(4, outcomes.rates().get(1).answered());
    assertEquals(List.of(1L), outcomes.versions().stream().map(v -> v.itemSetId()).toList());
    assertEquals(2, outcomes.versions().get(0).startToEnd().n());
    assertFalse(outcomes.versions().get(0).showsEnd());

    // A participant now gets the new questions, and their answers point at them.
    dates(today().minusDays(1), today().plusDays(60));
    long newcomer = people.get(5);
    ActingAs.person(newcomer, Role.PARTICIPANT);
    assertEquals(v2, questionnaires.questions().getId());
    questionnaires.answer(Wave.START, answers(questionnaires.questions(), "6"));
    assertEquals(v2, store.response(newcomer, cohort, Wave.START).orElseThrow().getItemSetId());
  }

  private Map<Integer, String> answers(ItemSet set, String each) {
    Map<Integer, String> sent = new HashMap<>();
    set.getItems().forEach(i -> sent.put(i.getPosition(), each));
    return sent;
  }

  /**
   * One START/END/FOLLOW_UP answer per participant, in order, each giving exactly this score with
   * the shipped version (the reverse-scored statement answered the other way round); 0 skips one.
   */
  private void seed(Wave wave, int... scores) throws Exception {
    ItemSet shipped = store.itemSet(1).orElseThrow();
    tx.begin();
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] == 0) {
        continue;
      }
      int score = scores[i];
      List<Integer> answers =
          shipped.getItems().stream()
              .map(item -> item.isReverseScored() ? shipped.getScalePoints() + 1 - score : score)
              .toList();
      store.add(new Response(people.get(i), cohort, wave, 1, answers, Instant.now()));
    }
    tx.commit();
  }

  private void smallestGroup(int people) throws Exception {
    tx.begin();
    Seed.sql(em, "UPDATE cohort SET smallest_group = ?1 WHERE id = ?2", people, cohort);
    tx.commit();
  }

  private void dates(LocalDate starts, LocalDate ends) throws Exception {
    tx.begin();
    Seed.sql(
        em, "UPDATE cohort SET starts_on = ?1, ends_on = ?2 WHERE id = ?3", starts, ends, cohort);
    tx.commit();
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Toronto"));
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, cohort).getSingleResult())
        .longValue();
  }

  private static String problem(Executable action) {
    return assertThrows(Refusal.class, action).messageKey();
  }
}
