-- V185 ships version 1 of the questionnaire with an explicit id. EclipseLink hands out the 50 ids
-- up to a sequence value (1 to 50 for the first value, 50), so the first version an administrator
-- saved collided with it. Restarting at 100 makes the first allocation 51 to 100.
ALTER SEQUENCE outcome_item_set_seq RESTART WITH 100;
