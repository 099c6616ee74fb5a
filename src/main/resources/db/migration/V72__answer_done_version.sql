-- Issue 10, rule 7: a partner sees a finished answer, never a draft. The answer row keeps the
-- working draft in `content` (what autosave writes, seen only by its author) and, separately, the
-- text its author last marked done with the "Done" button: the only version anyone else may read.
-- Written for both H2 and PostgreSQL.

ALTER TABLE answer ADD COLUMN done_content TEXT;
ALTER TABLE answer ADD COLUMN done_at TIMESTAMP WITH TIME ZONE;

-- Before this, a saved answer was all there was: every existing answer counts as done as it stands.
-- (A version that is not complete is still shown to nobody: the visibility rule checks that too.)
UPDATE answer SET done_content = content, done_at = updated_at;
