-- Erasure (issue 10, rule 10): an erased person's answers lose their words but keep whether they
-- were complete, so that a facilitator's "answered every shared exercise" count does not drop.
ALTER TABLE answer ADD COLUMN erased_complete BOOLEAN NOT NULL DEFAULT FALSE;
-- When a person was erased (NULL while the account is a real one).
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
