-- The workshop program and its seven steps. Written for both H2 and PostgreSQL.

CREATE TABLE workshop_program (
    id       BIGINT       NOT NULL PRIMARY KEY,
    slug     VARCHAR(80)  NOT NULL UNIQUE,
    name_en  VARCHAR(200) NOT NULL,
    name_fr  VARCHAR(200) NOT NULL
);

CREATE TABLE step (
    id          BIGINT        NOT NULL PRIMARY KEY,
    program_id  BIGINT        NOT NULL REFERENCES workshop_program (id),
    position    INTEGER       NOT NULL,
    slug        VARCHAR(80)   NOT NULL UNIQUE,
    title_en    VARCHAR(200)  NOT NULL,
    title_fr    VARCHAR(200)  NOT NULL,
    summary_en  VARCHAR(1000) NOT NULL,
    summary_fr  VARCHAR(1000) NOT NULL,
    CONSTRAINT step_position_in_program UNIQUE (program_id, position)
);

INSERT INTO workshop_program (id, slug, name_en, name_fr)
VALUES (1, 'seven-small-steps', 'Seven small steps', 'Sept petits pas');

INSERT INTO step (id, program_id, position, slug, title_en, title_fr, summary_en, summary_fr) VALUES
(1, 1, 1, 'gentle-start-up',
 'Make everyday moments lighter',
 'Alléger les moments du quotidien',
 'Start hard conversations softly. Say what you feel and what would help, instead of what your partner keeps getting wrong, and watch the tension drop.',
 'Amorcez les sujets délicats en douceur. Dites ce que vous ressentez et ce qui vous aiderait, plutôt que ce que l''autre fait de travers, et voyez la tension baisser.'),
(2, 1, 2, 'rituals-of-connection',
 'Build tiny rituals of connection',
 'Créer de petits rituels de connexion',
 'A long kiss goodbye, a coffee check-in, a few minutes to tell each other about the day. Small moments you repeat become the glue that holds you on the same team.',
 'Un long baiser au départ, un café pour prendre des nouvelles, quelques minutes pour se raconter la journée. Ces petits gestes répétés vous gardent dans la même équipe.'),
(3, 1, 3, 'turning-toward',
 'Turn toward each other, even when tired',
 'Se tourner l''un vers l''autre, même fatigués',
 'Your partner reaches out in small ways all day long. Noticing and answering those little bids, even with a smile or ten seconds of attention, builds trust.',
 'Votre partenaire vous tend la main de mille petites façons. Remarquer ces appels et y répondre, ne serait-ce que par un sourire ou dix secondes d''attention, bâtit la confiance.'),
(4, 1, 4, 'repair',
 'Repair early and gently',
 'Réparer tôt et en douceur',
 'A repair does not need a big apology. A short, kind phrase said early, like "Can we start over?", steers you back on course before things escalate.',
 'Réparer ne demande pas de grandes excuses. Une phrase courte et douce, dite tôt, comme « On peut recommencer? », vous remet sur le bon cap avant que ça s''envenime.'),
(5, 1, 5, 'predictability',
 'Create safety through predictability',
 'Créer la sécurité par la prévisibilité',
 'Doing what you said, when you said you would, tells your partner they can count on you. A steady home leaves room for closeness to return.',
 'Faire ce que vous avez dit, au moment dit, montre à l''autre qu''il ou elle peut compter sur vous. Un foyer stable laisse de la place au rapprochement.'),
(6, 1, 6, 'appreciation',
 'Notice and appreciate each other',
 'Remarquer et apprécier l''autre',
 'Look for one thing each day that your partner did to make life easier or better, then say it out loud. Appreciation softens resentment faster than you might think.',
 'Cherchez chaque jour une chose que votre partenaire a faite pour vous faciliter ou embellir la vie, puis dites-la à voix haute. La reconnaissance adoucit vite le ressentiment.'),
(7, 1, 7, 'course-corrections',
 'Small course corrections, not resets',
 'De petites corrections de cap, pas un grand ménage',
 'You do not need to start your relationship over. Closeness comes back through many small moments you can repair, one gentle adjustment at a time.',
 'Inutile de tout recommencer. Le rapprochement revient par une foule de petits moments qu''on peut réparer, un ajustement en douceur à la fois.');
