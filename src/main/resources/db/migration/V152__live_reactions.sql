-- Live sessions (issue #12): reactions during slides (a considerate set: a heart, thanks, "me
-- too", applause, thinking; no laughing face) and the facilitator's switch for them. A reaction
-- carries no words; its person is kept only for the rate limit. A session without a settings row
-- has reactions on. Written for H2 and PostgreSQL.
CREATE SEQUENCE live_reaction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE live_reaction (
    id                BIGINT PRIMARY KEY,
    session_id        BIGINT        NOT NULL REFERENCES live_session (id) ON DELETE CASCADE,
    activity_id       BIGINT        NOT NULL REFERENCES live_activity (id) ON DELETE CASCADE,
    person_id         BIGINT        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind              VARCHAR(12)   NOT NULL,
    reacted_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX live_reaction_activity ON live_reaction (activity_id, kind);
CREATE INDEX live_reaction_person ON live_reaction (session_id, person_id, reacted_at);

CREATE TABLE live_room_setting (
    session_id        BIGINT PRIMARY KEY REFERENCES live_session (id) ON DELETE CASCADE,
    reactions_on      BOOLEAN       NOT NULL
);
