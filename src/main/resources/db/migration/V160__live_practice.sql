-- Live sessions, afterwards (issue #12): "this week's practice" a facilitator sends from a live
-- session. The step's module it points to (opened for a facilitator-paced cohort at the same time)
-- and a short word from the facilitator; participants' practice hub shows their cohorts' latest.
-- Written for H2 and PostgreSQL.
CREATE SEQUENCE live_practice_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE live_practice (
    id                BIGINT PRIMARY KEY,
    cohort_id         BIGINT        NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    session_id        BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    step_slug         VARCHAR(100)  NOT NULL,
    note              VARCHAR(500),
    sent_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX live_practice_cohort ON live_practice (cohort_id, sent_at);
