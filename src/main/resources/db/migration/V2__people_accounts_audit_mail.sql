-- People and their roles, one-time tokens, the audit log and the mail outbox.
-- Written for both H2 and PostgreSQL. Keys come from sequences (EclipseLink allocates 50 at a
-- time, taking the value it reads as the end of its block, hence START WITH 50): EclipseLink
-- cannot read back identity values from H2 2.x.

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE one_time_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_message_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE person (
    id                  BIGINT PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    -- Lower-cased email: logins and uniqueness ignore case.
    email_key           VARCHAR(254) NOT NULL UNIQUE,
    display_name        VARCHAR(100) NOT NULL,
    language            VARCHAR(2)   NOT NULL,
    password_hash       VARCHAR(500),
    active              BOOLEAN      NOT NULL,
    failed_logins       INTEGER      NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    -- Raised whenever the password changes: sessions opened before it are ended.
    credentials_version INTEGER      NOT NULL DEFAULT 0,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_login_at       TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- Single-use links (first-admin setup, password reset, remember-me). Only a hash of the token is
-- stored, so a copy of the database cannot be used to sign in.
CREATE TABLE one_time_token (
    id          BIGINT PRIMARY KEY,
    purpose     VARCHAR(30)  NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    person_id   BIGINT REFERENCES person (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);

CREATE TABLE audit_event (
    id              BIGINT PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    actor_id        BIGINT,
    actor_email     VARCHAR(254),
    target_id       BIGINT,
    target_email    VARCHAR(254),
    client_address  VARCHAR(64),
    detail          VARCHAR(500)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor_id);
CREATE INDEX audit_event_target ON audit_event (target_id);

-- Every mail goes through the outbox first, so none is lost when SMTP is missing or down.
CREATE TABLE mail_message (
    id          BIGINT PRIMARY KEY,
    recipient   VARCHAR(254)  NOT NULL,
    subject     VARCHAR(300)  NOT NULL,
    body        VARCHAR(8000) NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE,
    attempts    INTEGER       NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)
);
CREATE INDEX mail_message_status ON mail_message (status);
