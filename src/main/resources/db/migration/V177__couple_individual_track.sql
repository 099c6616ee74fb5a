-- The individual track (issue 15): while a person is on it, couple features pause for them, and
-- nothing of theirs reaches their partner. Each stretch on the track is kept (started, ended), so
-- that what the person did while on it stays theirs after they switch back. Couple-owned, so that
-- couple, live and the features above read it without knowing about care.
CREATE SEQUENCE couple_solo_period_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE couple_solo_period (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT  NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE,
    -- The person while the stretch is open, NULL once ended: one open stretch per person.
    open_person BIGINT,
    CONSTRAINT couple_solo_period_open_once UNIQUE (open_person)
);
CREATE INDEX couple_solo_period_person ON couple_solo_period (person_id);
