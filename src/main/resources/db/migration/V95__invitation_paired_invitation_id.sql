-- Pre-pairing (issue 11): the column points to the other invitation of a pre-paired couple, not to
-- a partner invitation (a different table); the name now says so. Plain SQL for H2 and PostgreSQL.
ALTER TABLE invitation RENAME COLUMN partner_invitation_id TO paired_invitation_id;
