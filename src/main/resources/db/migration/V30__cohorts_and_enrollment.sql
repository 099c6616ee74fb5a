-- Cohorts, their facilitators and members, invitations, couples and facilitator-opened modules.
-- Written for both H2 and PostgreSQL; keys come from sequences, as in V2.

CREATE SEQUENCE cohort_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE couple_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cohort (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(100)  NOT NULL,
    description  VARCHAR(2000),
    starts_on    DATE,
    ends_on      DATE,
    time_zone    VARCHAR(64)   NOT NULL,
    -- The default language of the cohort's mails: EN or FR.
    language     VARCHAR(2)    NOT NULL,
    -- Capacity counts couples: a cohort of 10 couples holds 20 participants.
    capacity     INTEGER       NOT NULL,
    -- SELF_PACED or FACILITATOR_PACED (modules open when a facilitator opens them).
    pacing       VARCHAR(20)   NOT NULL,
    archived     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Short code read out in a live call; NULL when joining by code is off.
    join_code    VARCHAR(12)   UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX cohort_archived ON cohort (archived);

CREATE TABLE cohort_facilitator (
    cohort_id BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (cohort_id, person_id)
);
CREATE INDEX cohort_facilitator_person ON cohort_facilitator (person_id);

-- The participants of a cohort (a person may take part in several cohorts over time).
CREATE TABLE cohort_member (
    cohort_id  BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cohort_id, person_id)
);
CREATE INDEX cohort_member_person ON cohort_member (person_id);

-- An invitation to join a cohort, mailed to an address. Only a SHA-256 hash of the link's secret
-- is stored. EXPIRED is not stored: it is SENT or OPENED past expires_at.
CREATE TABLE invitation (
    id                     BIGINT PRIMARY KEY,
    cohort_id              BIGINT        NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    email                  VARCHAR(254)  NOT NULL,
    email_key              VARCHAR(254)  NOT NULL,
    display_name           VARCHAR(100),
    language               VARCHAR(2)    NOT NULL,
    token_hash             VARCHAR(64)   NOT NULL UNIQUE,
    state                  VARCHAR(10)   NOT NULL,
    -- Pre-pairing: the invitation of the intended partner; both accepted makes a couple.
    partner_invitation_id  BIGINT,
    invited_by             BIGINT,
    person_id              BIGINT REFERENCES person (id) ON DELETE SET NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at              TIMESTAMP WITH TIME ZONE,
    accepted_at            TIMESTAMP WITH TIME ZONE,
    revoked_at             TIMESTAMP WITH TIME ZONE,
    version                BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX invitation_cohort ON invitation (cohort_id, email_key);

-- Two participants paired in one cohort. person_a and person_b are unordered; the service keeps a
-- person in at most one couple per cohort (the indexes below make a second pairing fail too).
CREATE TABLE couple (
    id          BIGINT PRIMARY KEY,
    cohort_id   BIGINT NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    person_a    BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b    BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT couple_a_once UNIQUE (cohort_id, person_a),
    CONSTRAINT couple_b_once UNIQUE (cohort_id, person_b)
);

-- Facilitator-paced cohorts: the module steps a facilitator has opened.
CREATE TABLE cohort_opened_step (
    cohort_id  BIGINT        NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    step_slug  VARCHAR(100)  NOT NULL,
    opened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cohort_id, step_slug)
);
