-- A participant's invitation to their partner (issue #6, pairing). Written for H2 and PostgreSQL.
-- One row per invitation; a new code or a cancelled one keeps the old row (REVOKED), so an old
-- code is still recognised and gets a clear message. EXPIRED is not stored: it is OPEN past
-- expires_at.
CREATE SEQUENCE partner_invitation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE partner_invitation (
    id                    BIGINT PRIMARY KEY,
    cohort_id             BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    inviter_id            BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- The short code (8 characters, no look-alikes), also carried by the personal link. NULL when
    -- the partner was invited into the cohort by mail: the cohort invitation's link is the secret.
    code                  VARCHAR(8)   UNIQUE,
    -- The address the invitation was mailed to, when it was.
    email                 VARCHAR(254),
    -- The cohort invitation that brings a partner who is not in the cohort yet.
    cohort_invitation_id  BIGINT       REFERENCES invitation (id) ON DELETE SET NULL,
    -- OPEN, ACCEPTED or REVOKED.
    state                 VARCHAR(10)  NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at           TIMESTAMP WITH TIME ZONE,
    accepted_by           BIGINT       REFERENCES person (id) ON DELETE SET NULL,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    version               BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX partner_invitation_inviter ON partner_invitation (cohort_id, inviter_id);
CREATE INDEX partner_invitation_cohort_invitation ON partner_invitation (cohort_invitation_id);
