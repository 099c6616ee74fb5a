-- The step catalogue's French uses the modules' words (issue 14): bids are "invitations",
-- "rancune" rather than "ressentiment", and no gendered phrases. Written for H2 and PostgreSQL.
UPDATE step SET
    title_fr = 'Se tourner vers l''autre, même dans la fatigue',
    summary_fr = 'Votre partenaire vous tend la main de mille petites façons. Remarquer ces invitations et y répondre, ne serait-ce que par un sourire ou dix secondes d''attention, bâtit la confiance.'
WHERE slug = 'turning-toward';

UPDATE step SET
    summary_fr = 'Faire ce que vous avez dit, au moment dit, montre à votre partenaire que vous êtes fiable. Un foyer stable laisse de la place au rapprochement.'
WHERE slug = 'predictability';

UPDATE step SET
    summary_en = 'Each day, look for one thing your partner did that helped you or brightened your day, then say it out loud. A specific thank-you softens resentment faster than you might think.',
    summary_fr = 'Chaque jour, repérez une chose que votre partenaire a faite qui vous a rendu service ou a égayé votre journée, puis dites-la à voix haute. Un merci précis adoucit la rancune plus vite qu''on pense.'
WHERE slug = 'appreciation';

UPDATE step SET
    summary_fr = 'Réparer ne demande pas de grandes excuses. Une phrase courte et douce, dite tôt, comme « On peut recommencer ? », vous remet sur le bon cap avant que ça s''envenime.'
WHERE slug = 'repair';
