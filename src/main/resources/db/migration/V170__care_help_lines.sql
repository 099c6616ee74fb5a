-- Care (issue 15), help one tap away: the help page's entries, kept by administrators. Each entry
-- belongs to a region (CA = Canada-wide, or a province or territory code), has its texts in
-- English and French, and at least one way to reach it (phone, text, web). Hidden entries stay for
-- the administrators but leave the public page. Written for H2 and PostgreSQL.
-- EclipseLink hands out the 50 ids below each value it draws: start above the seeded ids (1-5).
CREATE SEQUENCE care_help_line_seq START WITH 100 INCREMENT BY 50;

CREATE TABLE care_help_line (
    id                BIGINT PRIMARY KEY,
    region            VARCHAR(2)    NOT NULL,
    position          INTEGER       NOT NULL,
    hidden            BOOLEAN       NOT NULL,
    name_en           VARCHAR(120)  NOT NULL,
    name_fr           VARCHAR(120)  NOT NULL,
    purpose_en        VARCHAR(300)  NOT NULL,
    purpose_fr        VARCHAR(300)  NOT NULL,
    phone             VARCHAR(30),
    sms               VARCHAR(30),
    web               VARCHAR(300),
    languages_en      VARCHAR(120)  NOT NULL,
    languages_fr      VARCHAR(120)  NOT NULL,
    hours_en          VARCHAR(120)  NOT NULL,
    hours_fr          VARCHAR(120)  NOT NULL,
    version           BIGINT        NOT NULL
);
CREATE INDEX care_help_line_region ON care_help_line (region, position);

-- The defaults the issue names, as facts. Administrators add others per province.
INSERT INTO care_help_line (id, region, position, hidden, name_en, name_fr, purpose_en, purpose_fr,
    phone, sms, web, languages_en, languages_fr, hours_en, hours_fr, version) VALUES
(1, 'CA', 10, FALSE, 'Emergencies: 911', 'Urgences : 911',
    'If you or someone else is in danger right now, or hurt.',
    'Si vous ou quelqu’un d’autre êtes en danger maintenant, ou blessé.',
    '911', NULL, NULL, '', '', '24/7', '24 h sur 24, 7 jours sur 7', 0),
(2, 'CA', 20, FALSE, '9-8-8: Suicide Crisis Helpline', '9-8-8 : Ligne d’aide en cas de crise de suicide',
    'If you are thinking about suicide, or are worried about someone: call or text to talk with someone now.',
    'Si vous pensez au suicide, ou si vous vous inquiétez pour quelqu’un : appelez ou textez pour parler à quelqu’un maintenant.',
    '988', '988', 'https://988.ca/', 'English and French', 'français et anglais',
    '24/7', '24 h sur 24, 7 jours sur 7', 0),
(3, 'CA', 30, FALSE, 'ShelterSafe.ca', 'ShelterSafe.ca',
    'Find a shelter or transition house near you, anywhere in Canada.',
    'Trouver une maison d’hébergement près de chez vous, partout au Canada.',
    NULL, NULL, 'https://www.sheltersafe.ca/', '', '', 'Online at any time', 'En ligne en tout temps', 0),
(4, 'BC', 10, FALSE, 'VictimLinkBC', 'VictimLinkBC',
    'Crisis support for anyone affected by family or sexual violence, and information for victims of crime.',
    'Soutien en situation de crise pour toute personne touchée par la violence familiale ou sexuelle, et information pour les victimes d’actes criminels.',
    '1-800-563-0808', NULL, NULL, 'Many languages', 'Plusieurs langues',
    '24/7', '24 h sur 24, 7 jours sur 7', 0),
(5, 'QC', 10, FALSE, 'SOS violence conjugale', 'SOS violence conjugale',
    'Listening, information and referrals to shelters, for people living with violence from a partner and those close to them.',
    'Écoute, information et orientation vers les maisons d’hébergement, pour les personnes qui vivent de la violence conjugale et leurs proches.',
    '1-800-363-9010', NULL, NULL, '', '', '24/7', '24 h sur 24, 7 jours sur 7', 0);
