-- The weekly email digest of the bell's notifications: off unless a person switches it on.
-- A row exists once a person has chosen; no row means "off". Written for both H2 and PostgreSQL.

CREATE TABLE notification_digest (
    person_id       BIGINT PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    subscribed      BOOLEAN NOT NULL DEFAULT FALSE,
    -- The ISO week of the last digest sent (e.g. 2026-W48), so that no week gets two.
    last_sent_week  VARCHAR(10),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
