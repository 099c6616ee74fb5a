-- In-app notifications (the bell): what happened, for whom, and whether it was seen.
-- A notification never carries what a participant wrote: only its kind, who caused it, and where
-- to look. Written for both H2 and PostgreSQL.

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id            BIGINT PRIMARY KEY,
    recipient_id  BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- PARTNER_JOINED, REVEAL_READY, APPRECIATED, PARTNER_FINISHED_MODULE, ...
    kind          VARCHAR(40)  NOT NULL,
    actor_id      BIGINT       REFERENCES person (id) ON DELETE SET NULL,
    -- A step slug or other short, non-sensitive detail for the message (never answer text).
    detail        VARCHAR(80),
    -- A path inside the app, starting with '/'.
    link          VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_recipient ON notification (recipient_id, created_at);
