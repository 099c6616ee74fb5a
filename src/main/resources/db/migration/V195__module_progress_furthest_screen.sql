-- Issue 13: the dashboard shows how far into each module a participant has read ("screen 4 of 9"),
-- not only whether it is complete. The furthest screen reached by Next or Back; 0 for progress
-- recorded before this column, which the dashboard reads as the screen last visited.
ALTER TABLE module_progress ADD COLUMN furthest_screen INT DEFAULT 0 NOT NULL;
