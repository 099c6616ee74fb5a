-- Practice between sessions, the small gestures: bids turned toward, appreciation notes, repairs.
-- Each row belongs to the person who logged it (a note also to its recipient). Every table has a
-- "submission" key from the form that created the row, unique per author, so a double submit
-- (two taps, a resent POST) keeps one row. Written for both H2 and PostgreSQL.

CREATE SEQUENCE bid_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE repair_attempt_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE appreciation_note_seq START WITH 50 INCREMENT BY 50;

-- "My partner reached out and I turned toward." Private unless the author ticks partner_may_see.
CREATE TABLE bid (
    id               BIGINT PRIMARY KEY,
    person_id        BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    note             VARCHAR(280),
    partner_may_see  BOOLEAN      NOT NULL DEFAULT FALSE,
    logged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submission       VARCHAR(40)  NOT NULL,
    CONSTRAINT bid_once_per_submission UNIQUE (person_id, submission)
);
CREATE INDEX bid_person ON bid (person_id, logged_at);

-- A repair attempt and how it landed. Private: only its author ever reads it.
CREATE TABLE repair_attempt (
    id          BIGINT PRIMARY KEY,
    person_id   BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- SAID_SORRY, TOOK_A_BREAK, USED_HUMOUR, ASKED_FOR_DO_OVER, SLOWED_DOWN, OWN_WORDS
    kind        VARCHAR(30)  NOT NULL,
    own_words   VARCHAR(280),
    -- HELPED, A_BIT, NOT_THIS_TIME
    outcome     VARCHAR(20)  NOT NULL,
    logged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    submission  VARCHAR(40)  NOT NULL,
    CONSTRAINT repair_once_per_submission UNIQUE (person_id, submission)
);
CREATE INDEX repair_attempt_person ON repair_attempt (person_id, logged_at);

-- A note from one partner to the other. The recipient keeps it, even if the couple later splits
-- or the sender's account is removed (sender_id then becomes NULL).
CREATE TABLE appreciation_note (
    id               BIGINT PRIMARY KEY,
    sender_id        BIGINT       REFERENCES person (id) ON DELETE SET NULL,
    recipient_id     BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    body             VARCHAR(500) NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    submission       VARCHAR(40)  NOT NULL,
    CONSTRAINT appreciation_once_per_submission UNIQUE (sender_id, submission)
);
CREATE INDEX appreciation_note_recipient ON appreciation_note (recipient_id, sent_at);
CREATE INDEX appreciation_note_sender ON appreciation_note (sender_id, sent_at);
