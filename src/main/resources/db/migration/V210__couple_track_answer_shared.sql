-- The individual track (issue 15): an answer marked done while its author was on the track stays
-- theirs after they switch back, until they choose to share that one answer ("Share it with my
-- partner" on the module page). One row per answer so chosen; gone when the author marks the
-- answer done again (that new version follows the ordinary rules). Written for H2 and PostgreSQL.
CREATE TABLE couple_track_answer_shared (
    answer_id  BIGINT PRIMARY KEY REFERENCES answer (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    shared_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX couple_track_answer_shared_person ON couple_track_answer_shared (person_id);
