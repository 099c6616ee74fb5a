-- Content read-through (issue 14): the step catalogue's French says "ajustements de cap" like the
-- module and the practice hub, and sets the quoted repair phrase with non-breaking spaces.
-- Written for H2 and PostgreSQL.
UPDATE step SET
    title_fr = 'De petits ajustements de cap, pas un grand ménage'
WHERE slug = 'course-corrections';

UPDATE step SET
    summary_fr = 'Réparer ne demande pas de grandes excuses. Une phrase courte et douce, dite tôt, comme « On peut recommencer ? », vous remet sur le bon cap avant que ça s''envenime.'
WHERE slug = 'repair';
