-- Couples, part two: who may see each answer, reactions after a reveal, and a ledger that makes
-- each partner notification go out once. Written for both H2 and PostgreSQL.

-- An answer's visibility, chosen by its author. Keyed like the answer (not by its id) so that it can
-- be chosen before the first word is saved, and so that learning knows nothing about it.
-- No row means the exercise's default: AFTER_REVEAL for shared exercises, PRIVATE otherwise.
CREATE TABLE answer_visibility (
    person_id    BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    step_slug    VARCHAR(80) NOT NULL,
    exercise_id  VARCHAR(80) NOT NULL,
    -- PRIVATE, AFTER_REVEAL or SHARED_NOW
    visibility   VARCHAR(20) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, step_slug, exercise_id)
);

CREATE SEQUENCE reaction_seq START WITH 50 INCREMENT BY 50;

-- One small reaction to a partner's revealed answer: one per giver and exercise, changeable.
CREATE TABLE reaction (
    id            BIGINT PRIMARY KEY,
    person_id     BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    to_person_id  BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    step_slug     VARCHAR(80) NOT NULL,
    exercise_id   VARCHAR(80) NOT NULL,
    -- THANK_YOU, I_SEE_YOU or TALK_TONIGHT
    kind          VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT reaction_one_per_exercise UNIQUE (person_id, step_slug, exercise_id)
);
CREATE INDEX reaction_to_person ON reaction (to_person_id, step_slug, exercise_id);

-- Which partner notifications were already sent, so that an edit, a withdraw and re-answer, or two
-- saves at once never tell the same thing twice. exercise_id is '' for a whole module.
CREATE TABLE partner_notice (
    recipient_id  BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    actor_id      BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind          VARCHAR(40) NOT NULL,
    step_slug     VARCHAR(80) NOT NULL,
    exercise_id   VARCHAR(80) NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (recipient_id, actor_id, kind, step_slug, exercise_id)
);

-- An answer its author explicitly shares with the facilitators of their cohort (off unless chosen).
-- Keyed like the answer; the row's presence is the choice. Only complete answers are ever shown.
CREATE TABLE answer_facilitator_share (
    person_id    BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    step_slug    VARCHAR(80) NOT NULL,
    exercise_id  VARCHAR(80) NOT NULL,
    shared_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, step_slug, exercise_id)
);
