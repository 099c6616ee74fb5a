-- Issue 10, rule 8: sharing an answer with "my facilitator" is sharing with the facilitators of
-- one cohort, the one the author took part in when they chose it. A share made in an earlier
-- cohort does not follow the person into a later one. Existing shares get the cohort their answer
-- was given in (V65), else the author's most recently joined cohort.
ALTER TABLE answer_facilitator_share ADD COLUMN cohort_id BIGINT REFERENCES cohort (id) ON DELETE CASCADE;

UPDATE answer_facilitator_share s SET cohort_id = COALESCE(
    (SELECT a.cohort_id FROM answer a
      WHERE a.person_id = s.person_id AND a.step_slug = s.step_slug
        AND a.exercise_id = s.exercise_id),
    (SELECT m.cohort_id FROM cohort_member m
      WHERE m.person_id = s.person_id
      ORDER BY m.joined_at DESC, m.cohort_id DESC FETCH FIRST 1 ROWS ONLY));
