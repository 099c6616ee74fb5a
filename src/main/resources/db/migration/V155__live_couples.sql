-- Live sessions, couple activities (issue #12): couple exercises, the floor, consent for couple
-- words to reach the room, the couple pause and "ask for a helper". A couple or a participant on
-- their own is a "unit", keyed 'c<couple id>' or 'p<person id>', so a solo participant uses the same
-- tables. Written for H2 and PostgreSQL.
CREATE SEQUENCE live_couple_seq START WITH 50 INCREMENT BY 50;

-- A couple exercise answer is private: it reaches the partner only once both are done, and never
-- the facilitator (who sees counts: not started, in progress, done).
CREATE TABLE live_exercise_answer (
    id           BIGINT PRIMARY KEY,
    activity_id  BIGINT        NOT NULL REFERENCES live_activity (id) ON DELETE CASCADE,
    person_id    BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    content      VARCHAR(2000),
    done         BOOLEAN       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_exercise_answer_once UNIQUE (activity_id, person_id)
);

-- The floor: only who holds it, how many turns and when; nothing said is kept.
CREATE TABLE live_floor (
    id            BIGINT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL REFERENCES live_activity (id) ON DELETE CASCADE,
    unit_key      VARCHAR(24)   NOT NULL,
    holder_id     BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    turns         INT           NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    holder_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_floor_once UNIQUE (activity_id, unit_key)
);

-- Words a couple offers to the room: shown only once both partners consented to this exact text
-- (its SHA-256 fingerprint); a new text voids the consents; the facilitator shows it.
CREATE TABLE live_share (
    id            BIGINT PRIMARY KEY,
    activity_id   BIGINT        NOT NULL REFERENCES live_activity (id) ON DELETE CASCADE,
    unit_key      VARCHAR(24)   NOT NULL,
    proposed_by   BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    partner_id    BIGINT        REFERENCES person (id) ON DELETE CASCADE,
    content       VARCHAR(280)  NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    shown_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT live_share_once UNIQUE (activity_id, unit_key)
);

CREATE TABLE live_share_consent (
    id            BIGINT PRIMARY KEY,
    share_id      BIGINT        NOT NULL REFERENCES live_share (id) ON DELETE CASCADE,
    person_id     BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    fingerprint   VARCHAR(64)   NOT NULL,
    given_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_share_consent_once UNIQUE (share_id, person_id)
);

-- A couple's private pause: the facilitator sees only how many couples are paused.
CREATE TABLE live_pause (
    id            BIGINT PRIMARY KEY,
    session_id    BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    unit_key      VARCHAR(24)   NOT NULL,
    paused_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_pause_once UNIQUE (session_id, unit_key)
);

-- "Ask for a helper": the facilitator sees the label the couple typed, nothing else.
CREATE TABLE live_helper_call (
    id            BIGINT PRIMARY KEY,
    session_id    BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    unit_key      VARCHAR(24)   NOT NULL,
    label         VARCHAR(30)   NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT live_helper_call_once UNIQUE (session_id, unit_key)
);
