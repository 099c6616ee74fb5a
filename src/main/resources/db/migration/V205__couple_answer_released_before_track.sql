-- The individual track (issue 15): an answer released to the partner before its author switched to
-- the track, then marked done again on it, keeps its released version here, so that the partner
-- goes on reading what they read before (a quiet week, not a disappearance). One row per answer,
-- gone when the author marks it done again off the track (that version is released instead).
-- Written for both H2 and PostgreSQL.
CREATE TABLE couple_released_before_track (
    answer_id  BIGINT PRIMARY KEY REFERENCES answer (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    content    TEXT   NOT NULL,
    done_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    cohort_id  BIGINT
);
CREATE INDEX couple_released_before_track_person ON couple_released_before_track (person_id);
