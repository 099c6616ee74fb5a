-- Live sessions (issue #12): the room's questions to the facilitator, and who upvoted which.
-- A question stays PENDING until a facilitator approves it (then the room sees it and can upvote
-- it), puts it on screen as being answered, marks it done, or hides it. Its author is kept so the
-- rate limit and "my question" work; when asked anonymously no page shows the name.
-- Written for H2 and PostgreSQL.
CREATE SEQUENCE live_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE live_question_vote_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE live_question (
    id                BIGINT PRIMARY KEY,
    session_id        BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    anonymous         BOOLEAN       NOT NULL,
    content           VARCHAR(500)  NOT NULL,
    -- PENDING, APPROVED, ANSWERING, DONE or HIDDEN.
    state             VARCHAR(10)   NOT NULL,
    asked_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX live_question_session ON live_question (session_id, asked_at);
CREATE INDEX live_question_person ON live_question (person_id, asked_at);

-- One upvote per person per question (the unique key makes two racing taps one row).
CREATE TABLE live_question_vote (
    id                BIGINT PRIMARY KEY,
    question_id       BIGINT        NOT NULL REFERENCES live_question (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    CONSTRAINT live_question_vote_once UNIQUE (question_id, person_id)
);
