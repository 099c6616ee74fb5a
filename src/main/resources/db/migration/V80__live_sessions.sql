-- Live sessions (issue #12): a cohort's scheduled group meeting, its agenda, what the room
-- answered and who is here. The session row holds the whole running state (current activity,
-- timer, answers open, results revealed) and a version counter bumped on every change, so a
-- reload, a phone back from sleep or a server restart resumes exactly where the room is.
-- Written for H2 and PostgreSQL.
CREATE SEQUENCE live_session_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE live_activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE live_answer_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE live_presence_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE live_session (
    id                BIGINT PRIMARY KEY,
    cohort_id         BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    title             VARCHAR(120) NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    video_link        VARCHAR(500),
    join_code         VARCHAR(12)  NOT NULL UNIQUE,
    state             VARCHAR(12)  NOT NULL,
    version           BIGINT       NOT NULL,
    -- Position in the agenda of the activity on every screen; -1 before the first.
    current_position  INT          NOT NULL,
    timer_ends_at     TIMESTAMP WITH TIME ZONE,
    answers_open      BOOLEAN      NOT NULL,
    results_revealed  BOOLEAN      NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX live_session_cohort ON live_session (cohort_id, starts_at);

CREATE TABLE live_activity (
    id                BIGINT PRIMARY KEY,
    session_id        BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    position          INT           NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    body              VARCHAR(8000),
    -- POLL: SINGLE, MULTIPLE or SCALE; OPEN_QUESTION: LIST or WORD_CLOUD.
    choice            VARCHAR(12),
    display           VARCHAR(12),
    -- One option a line; the right ones as zero-based indexes, comma-separated.
    options           VARCHAR(4000),
    correct           VARCHAR(200),
    notes             VARCHAR(8000),
    minutes           INT           NOT NULL
);
CREATE INDEX live_activity_session ON live_activity (session_id, position);

-- One answer per person per activity: a second tap changes it (the unique key makes two racing
-- taps one row). The person is kept only so the answer can change; no page shows who answered what.
CREATE TABLE live_answer (
    id                BIGINT PRIMARY KEY,
    activity_id       BIGINT        NOT NULL REFERENCES live_activity (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    content           VARCHAR(500)  NOT NULL,
    -- Open questions: PENDING until the facilitator approves (APPROVED) or hides (HIDDEN) it.
    moderation        VARCHAR(10)   NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_answer_once UNIQUE (activity_id, person_id)
);

CREATE TABLE live_presence (
    id                BIGINT PRIMARY KEY,
    session_id        BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    joined_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT live_presence_once UNIQUE (session_id, person_id)
);
