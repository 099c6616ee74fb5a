-- Gentle nudges (issue 15, part 4). A cohort's rules, one nudge per person and reason while it is
-- open, and each person's choice about nudges by email. Reasons are codes; no participant's words
-- are kept here. Written for H2 and PostgreSQL.

-- No row: the cohort uses the defaults (NudgeRules.DEFAULTS).
CREATE TABLE care_nudge_rules (
    cohort_id          BIGINT PRIMARY KEY REFERENCES cohort (id) ON DELETE CASCADE,
    inactive_days      INTEGER NOT NULL,
    follow_up_days     INTEGER NOT NULL,
    inactivity_on      BOOLEAN NOT NULL,
    pace_on            BOOLEAN NOT NULL,
    missed_live_on     BOOLEAN NOT NULL,
    check_in_drop_on   BOOLEAN NOT NULL,
    check_in_drop      INTEGER NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT  NOT NULL DEFAULT 0
);

CREATE SEQUENCE care_nudge_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE care_nudge (
    id               BIGINT PRIMARY KEY,
    cohort_id        BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_id        BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    reason           VARCHAR(20)  NOT NULL,
    -- The last activity (or check-in) seen when nudged: anything later means something changed.
    seen_activity_at TIMESTAMP WITH TIME ZONE,
    nudged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    followed_up_at   TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    -- '<person>:<reason>' while open, NULL once closed: one open nudge per person and reason.
    open_key         VARCHAR(60),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT care_nudge_open_once UNIQUE (cohort_id, open_key)
);
CREATE INDEX care_nudge_cohort ON care_nudge (cohort_id, closed_at);
CREATE INDEX care_nudge_person ON care_nudge (person_id, reason, nudged_at);

-- No row: nudges come in the app only (email is off until the person switches it on).
CREATE TABLE care_nudge_email (
    person_id   BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    by_email    BOOLEAN NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
