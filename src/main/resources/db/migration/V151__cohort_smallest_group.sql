-- Live sessions (issue #12): each cohort chooses its smallest group shown together (default 5,
-- never below 3, at most 50): below it, neither the live room's results nor the progress report's
-- counts are shown. Written for H2 and PostgreSQL.
ALTER TABLE cohort ADD COLUMN smallest_group INT DEFAULT 5 NOT NULL;
