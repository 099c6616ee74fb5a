-- Practice between sessions: ticks on the rituals a couple planned, and the weekly closeness
-- check-in. Written for both H2 and PostgreSQL; keys come from sequences, as in V2.

CREATE SEQUENCE ritual_tick_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE closeness_check_in_seq START WITH 50 INCREMENT BY 50;

-- "I did this ritual on this day." The ritual is named as the ritual planner stores it: a
-- suggestion id of the rituals-of-connection module, or 'custom' for the person's own ritual.
-- The day is a date in the person's workshop time zone. One row at most per person, ritual and
-- day: a double tap or a double submit cannot count twice.
CREATE TABLE ritual_tick (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    ritual_key  VARCHAR(80)  NOT NULL,
    done_on     DATE         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ritual_tick_once UNIQUE (person_id, ritual_key, done_on)
);
CREATE INDEX ritual_tick_person_day ON ritual_tick (person_id, done_on);

-- How close a person feels, once per ISO week (week_start is that week's Monday); saving again
-- in the same week replaces the rating and the note. Private to the person unless they share.
CREATE TABLE closeness_check_in (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    week_start  DATE          NOT NULL,
    rating      INTEGER       NOT NULL,
    note        VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT closeness_check_in_rating CHECK (rating BETWEEN 1 AND 10),
    CONSTRAINT closeness_check_in_once_a_week UNIQUE (person_id, week_start)
);

-- "Share my check-ins with my partner": off unless a row says so. The partner then sees the
-- ratings and their weeks, never the notes.
CREATE TABLE closeness_sharing (
    person_id   BIGINT   PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    shared      BOOLEAN  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
