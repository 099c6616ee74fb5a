-- Between-session practice for steps 1, 5 and 7 (issue 14): "I tried a gentle start-up",
-- "I kept a promise", "I made a course correction". Private: only its author ever reads it.
CREATE SEQUENCE practice_moment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE practice_moment (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind        VARCHAR(30)  NOT NULL,
    note        VARCHAR(280),
    logged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submission  VARCHAR(40)  NOT NULL,
    CONSTRAINT practice_moment_once_per_submission UNIQUE (person_id, submission)
);
CREATE INDEX practice_moment_person ON practice_moment (person_id, kind, logged_at);
