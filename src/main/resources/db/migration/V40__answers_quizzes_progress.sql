-- What participants do in the modules: their answers (with every earlier version kept), quiz
-- attempts, and where they are in each module. Written for both H2 and PostgreSQL.
-- Exercises and questions are referenced by the step's slug and the content's stable ids.

CREATE SEQUENCE answer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE answer_revision_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quiz_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE quiz_response_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE answer (
    id           BIGINT PRIMARY KEY,
    person_id    BIGINT       NOT NULL REFERENCES person (id),
    step_slug    VARCHAR(80)  NOT NULL,
    exercise_id  VARCHAR(80)  NOT NULL,
    content      TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT answer_one_per_exercise UNIQUE (person_id, step_slug, exercise_id)
);

CREATE TABLE answer_revision (
    id         BIGINT PRIMARY KEY,
    answer_id  BIGINT NOT NULL REFERENCES answer (id) ON DELETE CASCADE,
    content    TEXT   NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX answer_revision_answer ON answer_revision (answer_id);

CREATE TABLE quiz_attempt (
    id              BIGINT PRIMARY KEY,
    person_id       BIGINT      NOT NULL REFERENCES person (id),
    step_slug       VARCHAR(80) NOT NULL,
    shuffle_seed    BIGINT      NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    question_count  INTEGER     NOT NULL,
    correct_count   INTEGER,
    pass_percent    INTEGER     NOT NULL,
    passed          BOOLEAN,
    version         BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX quiz_attempt_person_step ON quiz_attempt (person_id, step_slug);

CREATE TABLE quiz_response (
    id           BIGINT PRIMARY KEY,
    attempt_id   BIGINT       NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    question_id  VARCHAR(80)  NOT NULL,
    picked       VARCHAR(500) NOT NULL,
    correct      BOOLEAN      NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Answered once per attempt: a second tab or a double click cannot answer again.
    CONSTRAINT quiz_response_once UNIQUE (attempt_id, question_id)
);

CREATE TABLE module_progress (
    person_id      BIGINT       NOT NULL REFERENCES person (id),
    step_slug      VARCHAR(80)  NOT NULL,
    last_location  VARCHAR(100) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    visited_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (person_id, step_slug)
);
