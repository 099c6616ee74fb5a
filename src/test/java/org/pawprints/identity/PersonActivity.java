package org.pawprints.identity;

import static org.pawprints.testing.Seed.sql;

import jakarta.persistence.EntityManager;
import org.pawprints.learning.domain.AnswerContent;

/**
 * For the privacy tests: one person's activity of every kind, each text carrying a marker ({@code
 * ANSWER-<mark>}, {@code NOTE-<mark>}, ...) so that a test can look for the words anywhere. Rows
 * are inserted directly (ids from the person's id), as the features would have left them.
 */
final class PersonActivity {

  static final String STEP = "gentle-start-up";
  static final String EXERCISE = "what-helps-me-listen";

  private PersonActivity() {}

  /** The client address this person's own audit events come from. */
  static String addressOf(long person) {
    return "192.0.2." + (person % 200 + 1);
  }

  static void seed(EntityManager em, long me, long partner, long cohort, String mark) {
    long base = 700_000_000L + me * 100;
    sql(
        em,
        // Marked done (issue 10, rule 7) and given in this cohort (rule 1), as the Done button
        // does.
        "INSERT INTO answer (id, person_id, step_slug, exercise_id, content, done_content, done_at,"
            + " cohort_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?7,"
            + " CURRENT_TIMESTAMP, ?6, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        base + 1,
        me,
        STEP,
        EXERCISE,
        AnswerContent.text("ANSWER-" + mark + " what helps me listen").toJson(),
        cohort,
        AnswerContent.text("ANSWER-" + mark + " what helps me listen").toJson());
    sql(
        em,
        "INSERT INTO answer_revision (id, answer_id, content, saved_at)"
            + " VALUES (?1, ?2, ?3, CURRENT_TIMESTAMP)",
        base + 2,
        base + 1,
        AnswerContent.text("REVISION-" + mark + " an earlier draft").toJson());
    sql(
        em,
        "INSERT INTO answer_visibility (person_id, step_slug, exercise_id, visibility, updated_at)"
            + " VALUES (?1, ?2, ?3, 'AFTER_REVEAL', CURRENT_TIMESTAMP)",
        me,
        STEP,
        EXERCISE);
    sql(
        em,
        "INSERT INTO answer_facilitator_share (person_id, step_slug, exercise_id, shared_at,"
            + " cohort_id) VALUES (?1, ?2, ?3, CURRENT_TIMESTAMP, ?4)",
        me,
        STEP,
        EXERCISE,
        cohort);
    sql(
        em,
        "INSERT INTO quiz_attempt (id, person_id, step_slug, shuffle_seed, started_at,"
            + " finished_at, question_count, correct_count, pass_percent, passed)"
            + " VALUES (?1, ?2, ?3, 7, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 1, 80, TRUE)",
        base + 3,
        me,
        STEP);
    sql(
        em,
        "INSERT INTO quiz_response (id, attempt_id, question_id, picked, correct, answered_at)"
            + " VALUES (?1, ?2, 'q1', ?3, TRUE, CURRENT_TIMESTAMP)",
        base + 4,
        base + 3,
        "PICK-" + mark);
    sql(
        em,
        "INSERT INTO module_progress (person_id, step_slug, last_location, started_at,"
            + " visited_at, completed_at) VALUES (?1, ?2, 'PLACE-' || ?3, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        me,
        STEP,
        mark);
    sql(
        em,
        "INSERT INTO reaction (id, person_id, to_person_id, step_slug, exercise_id, kind,"
            + " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'THANK_YOU',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
        base + 5,
        me,
        partner,
        STEP,
        EXERCISE);
    sql(
        em,
        "INSERT INTO notification (id, recipient_id, kind, actor_id, detail, link, created_at)"
            + " VALUES (?1, ?2, 'APPRECIATED', ?3, NULL, '/my/index.xhtml', CURRENT_TIMESTAMP)",
        base + 6,
        me,
        partner);
    sql(
        em,
        "INSERT INTO bid (id, person_id, note, partner_may_see, logged_at, submission)"
            + " VALUES (?1, ?2, ?3, TRUE, CURRENT_TIMESTAMP, ?4)",
        base + 7,
        me,
        "BID-" + mark,
        "s-bid-" + me);
    sql(
        em,
        "INSERT INTO repair_attempt (id, person_id, kind, own_words, outcome, logged_at,"
            + " submission) VALUES (?1, ?2, 'OWN_WORDS', ?3, 'HELPED', CURRENT_TIMESTAMP, ?4)",
        base + 8,
        me,
        "REPAIR-" + mark,
        "s-repair-" + me);
    sql(
        em,
        "INSERT INTO appreciation_note (id, sender_id, recipient_id, body, sent_at, submission)"
            + " VALUES (?1, ?2, ?3, ?4, CURRENT_TIMESTAMP, ?5)",
        base + 9,
        me,
        partner,
        "NOTE-" + mark + " thank you for listening",
        "s-note-" + me);
    sql(
        em,
        "INSERT INTO ritual_tick (id, person_id, ritual_key, done_on, created_at)"
            + " VALUES (?1, ?2, 'weekly-walk', CURRENT_DATE, CURRENT_TIMESTAMP)",
        base + 10,
        me);
    sql(
        em,
        "INSERT INTO closeness_check_in (id, person_id, week_start, rating, note, created_at,"
            + " updated_at) VALUES (?1, ?2, DATE '2031-03-03', 7, ?3, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP)",
        base + 11,
        me,
        "CHECKIN-" + mark);
    sql(
        em,
        "INSERT INTO closeness_sharing (person_id, shared, updated_at)"
            + " VALUES (?1, TRUE, CURRENT_TIMESTAMP)",
        me);
    sql(
        em,
        "INSERT INTO partner_invitation (id, cohort_id, inviter_id, code, email, state,"
            + " created_at, expires_at) VALUES (?1, ?2, ?3, NULL,"
            + " (SELECT email FROM person WHERE id = ?4), 'ACCEPTED', CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP)",
        base + 12,
        cohort,
        me,
        partner);
    sql(
        em,
        "INSERT INTO invitation (id, cohort_id, email, email_key, display_name, language,"
            + " token_hash, state, person_id, created_at, sent_at, expires_at)"
            + " SELECT ?1, ?2, email, email_key, display_name, 'EN', ?3, 'ACCEPTED', id,"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM person WHERE id = ?4",
        base + 13,
        cohort,
        "hash-" + me,
        me);
    // My own sign-in, from my address; and an event about my partner done by me.
    sql(
        em,
        "INSERT INTO audit_event (id, occurred_at, event_type, actor_id, actor_email,"
            + " target_id, target_email, client_address, detail) SELECT ?1, CURRENT_TIMESTAMP,"
            + " 'LOGIN_SUCCEEDED', id, email, id, email, ?2, NULL FROM person WHERE id = ?3",
        base + 14,
        addressOf(me),
        me);
    sql(
        em,
        "INSERT INTO audit_event (id, occurred_at, event_type, actor_id, actor_email,"
            + " target_id, target_email, client_address, detail) SELECT ?1, CURRENT_TIMESTAMP,"
            + " 'PARTNER_INVITED', a.id, a.email, b.id, b.email, ?2, NULL FROM person a, person b"
            + " WHERE a.id = ?3 AND b.id = ?4",
        base + 15,
        addressOf(me),
        me,
        partner);
    sql(
        em,
        "INSERT INTO mail_message (id, recipient, subject, body, status, created_at)"
            + " SELECT ?1, email, 'Welcome', ?2, 'HELD', CURRENT_TIMESTAMP FROM person"
            + " WHERE id = ?3",
        base + 16,
        "MAIL-" + mark,
        me);
  }
}
