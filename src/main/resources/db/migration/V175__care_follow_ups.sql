-- The facilitator's private follow-up list (issue 15): "check in privately with X", and why, in a
-- reason code, never a participant's words or answers. An item is about one person or one couple of
-- a cohort. Written for H2 and PostgreSQL.
CREATE SEQUENCE care_follow_up_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE care_follow_up (
    id          BIGINT PRIMARY KEY,
    cohort_id   BIGINT        NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_id   BIGINT        REFERENCES person (id) ON DELETE CASCADE,
    couple_id   BIGINT        REFERENCES couple (id) ON DELETE CASCADE,
    reason      VARCHAR(40)   NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at     TIMESTAMP WITH TIME ZONE,
    done_by     BIGINT        REFERENCES person (id) ON DELETE SET NULL,
    note        VARCHAR(1000),
    -- 'p<person>:<reason>' or 'c<couple>:<reason>' while the item is open, NULL once done: the
    -- unique key keeps one open item per person (or couple) and reason, however many callers race.
    open_key    VARCHAR(80),
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT care_follow_up_about_one CHECK ((person_id IS NULL) <> (couple_id IS NULL)),
    CONSTRAINT care_follow_up_open_once UNIQUE (cohort_id, open_key)
);
CREATE INDEX care_follow_up_cohort ON care_follow_up (cohort_id, done_at);
CREATE INDEX care_follow_up_person ON care_follow_up (person_id);
