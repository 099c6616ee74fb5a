-- Issue 10, rules 1 and 8: an answer is given in one cohort, and only that cohort's couple and
-- facilitators can ever be granted it. It is the author's current cohort (the one joined most
-- recently) at the last save; earlier answers get the cohort the author had most recently joined
-- when they last saved it (else their most recent one). NULL: given in no cohort, granted to nobody.
ALTER TABLE answer ADD COLUMN cohort_id BIGINT REFERENCES cohort (id) ON DELETE SET NULL;

UPDATE answer a SET cohort_id = COALESCE(
    (SELECT m.cohort_id FROM cohort_member m
      WHERE m.person_id = a.person_id AND m.joined_at <= a.updated_at
      ORDER BY m.joined_at DESC, m.cohort_id DESC FETCH FIRST 1 ROWS ONLY),
    (SELECT m.cohort_id FROM cohort_member m
      WHERE m.person_id = a.person_id
      ORDER BY m.joined_at DESC, m.cohort_id DESC FETCH FIRST 1 ROWS ONLY));

CREATE INDEX answer_cohort ON answer (cohort_id);
