-- Did it help? (issue 15, part 5): a short closeness questionnaire that each participant answers
-- privately at three waves of their cohort (start, end, follow-up). Written for both H2 and
-- PostgreSQL; keys come from sequences, as in V2.

CREATE SEQUENCE outcome_item_set_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outcome_response_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outcome_follow_up_link_seq START WITH 50 INCREMENT BY 50;

-- A version of the questionnaire. Never changed once saved: an administrator who edits the items
-- saves a new version, and the newest one is given from then on. Answers point at the version
-- they were given, and the report compares answers of one version only.
CREATE TABLE outcome_item_set (
    id            BIGINT        PRIMARY KEY,
    scale_points  INTEGER       NOT NULL,
    name_en       VARCHAR(120)  NOT NULL,
    name_fr       VARCHAR(120)  NOT NULL,
    notice_en     VARCHAR(600)  NOT NULL,
    notice_fr     VARCHAR(600)  NOT NULL,
    low_en        VARCHAR(80)   NOT NULL,
    low_fr        VARCHAR(80)   NOT NULL,
    high_en       VARCHAR(80)   NOT NULL,
    high_fr       VARCHAR(80)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    BIGINT        REFERENCES person (id) ON DELETE SET NULL,
    CONSTRAINT outcome_item_set_scale CHECK (scale_points BETWEEN 3 AND 10)
);

-- One statement of a version, in both languages. A reverse-scored statement counts as
-- (scale_points + 1 - answer) in the score.
CREATE TABLE outcome_item (
    item_set_id     BIGINT        NOT NULL REFERENCES outcome_item_set (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    text_en         VARCHAR(300)  NOT NULL,
    text_fr         VARCHAR(300)  NOT NULL,
    reverse_scored  BOOLEAN       NOT NULL,
    PRIMARY KEY (item_set_id, position)
);

-- One person's answers at one wave of one cohort: once, and final (a pre/post measure).
CREATE TABLE outcome_response (
    id           BIGINT       PRIMARY KEY,
    person_id    BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    cohort_id    BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    wave         VARCHAR(12)  NOT NULL,
    item_set_id  BIGINT       NOT NULL REFERENCES outcome_item_set (id),
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outcome_response_wave CHECK (wave IN ('START', 'END', 'FOLLOW_UP')),
    CONSTRAINT outcome_response_once UNIQUE (person_id, cohort_id, wave)
);
CREATE INDEX outcome_response_cohort ON outcome_response (cohort_id, wave);

CREATE TABLE outcome_answer (
    response_id  BIGINT   NOT NULL REFERENCES outcome_response (id) ON DELETE CASCADE,
    position     INTEGER  NOT NULL,
    answer       INTEGER  NOT NULL,
    PRIMARY KEY (response_id, position)
);

-- The follow-up invitation mailed to one member of one cohort: only the SHA-256 of its secret is
-- kept. It works once, for its owner signed in, until it expires.
CREATE TABLE outcome_follow_up_link (
    id          BIGINT       PRIMARY KEY,
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    person_id   BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    cohort_id   BIGINT       NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outcome_follow_up_link_once UNIQUE (person_id, cohort_id)
);

-- The questions Pawprints ships: our own, not a validated clinical instrument.
INSERT INTO outcome_item_set (id, scale_points, name_en, name_fr, notice_en, notice_fr,
    low_en, low_fr, high_en, high_fr, created_at, created_by)
VALUES (1, 5,
    'Pawprints closeness questions',
    'Questions de proximité Pawprints',
    'Pawprints wrote these questions for this workshop. They are not a validated clinical instrument: they only help your facilitators see, for the whole group, whether the workshop helps.',
    'Pawprints a écrit ces questions pour cet atelier. Ce n’est pas un instrument clinique validé : elles aident seulement vos animateurs à voir, pour l’ensemble du groupe, si l’atelier est utile.',
    'Strongly disagree', 'Pas du tout d’accord', 'Strongly agree', 'Tout à fait d’accord',
    CURRENT_TIMESTAMP, NULL);

INSERT INTO outcome_item (item_set_id, position, text_en, text_fr, reverse_scored) VALUES
(1, 1, 'My partner notices when I try to get their attention.',
       'Mon ou ma partenaire remarque quand j’essaie d’attirer son attention.', FALSE),
(1, 2, 'When my partner reaches out, even in a small way, I take a moment to respond.',
       'Quand mon ou ma partenaire me fait signe, même pour une petite chose, je prends un moment pour répondre.', FALSE),
(1, 3, 'After a disagreement, we find our way back to each other.',
       'Après un désaccord, nous arrivons à nous retrouver.', FALSE),
(1, 4, 'We have small everyday rituals that bring us together.',
       'Nous avons de petits rituels au quotidien qui nous rapprochent.', FALSE),
(1, 5, 'I tell my partner what I appreciate about them.',
       'Je dis à mon ou ma partenaire ce que j’apprécie chez lui ou chez elle.', FALSE),
(1, 6, 'I feel I can share what is on my mind with my partner.',
       'Je sens que je peux confier à mon ou ma partenaire ce qui me préoccupe.', FALSE),
(1, 7, 'Lately, I often feel alone even when we are together.',
       'Ces temps-ci, je me sens souvent seul ou seule, même quand nous sommes ensemble.', TRUE);
