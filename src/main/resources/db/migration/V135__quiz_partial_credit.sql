-- Partial credit for "choose all that apply" questions (issue 14): each response keeps the share
-- of the question it earned (0-100), and a finished attempt keeps the sum. Older rows keep null:
-- their score is still read from the whole-question count, so no past result changes.
ALTER TABLE quiz_response ADD COLUMN credit INTEGER;
ALTER TABLE quiz_attempt ADD COLUMN credit_total INTEGER;
