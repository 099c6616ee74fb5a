-- The private safety check (issue 15). Only its author ever reads it: no facilitator, no
-- administrator page, report or export shows it, and the partner never learns that it exists.
-- One row per person, replaced each time they answer again: the least kept about the most
-- sensitive subject. Answers are codes of fixed options, never free text.
CREATE TABLE care_safety_check (
    person_id     BIGINT       PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    safe_at_home  VARCHAR(20)  NOT NULL,
    free_to_speak VARCHAR(20)  NOT NULL,
    afraid        VARCHAR(20)  NOT NULL,
    together_ok   VARCHAR(20)  NOT NULL,
    ask_check_in  BOOLEAN      NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- When the check was first offered on the dashboard: it is offered once, at first sign-in, and
-- never again on its own (it stays in the menu).
CREATE TABLE care_safety_offer (
    person_id   BIGINT  PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    offered_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
