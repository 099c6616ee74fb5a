-- A sign-up with a cohort's join code waits here until the person opens the link mailed to the
-- address they typed (issue #10, rule 2): nobody can register someone else's address. No account
-- and no membership exist before that. The link's secret is stored hashed, works once and expires.
-- Written for H2 and PostgreSQL.
CREATE SEQUENCE join_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE join_request (
    id             BIGINT PRIMARY KEY,
    cohort_id      BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(100) NOT NULL,
    language       VARCHAR(5)   NOT NULL,
    -- The chosen password, hashed as an account's is; the account is created from it on confirming.
    password_hash  VARCHAR(255) NOT NULL,
    token_hash     CHAR(64)     NOT NULL UNIQUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX join_request_cohort ON join_request (cohort_id);
