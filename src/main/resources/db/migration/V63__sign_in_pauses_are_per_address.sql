-- Nobody can keep an owner out (issue 10, rule 5): sign-in no longer locks an account for
-- everyone after failures from anywhere. Pauses are counted per email and client address together,
-- in memory (identity.application.SignInThrottle), so the account's own lock goes.
ALTER TABLE person DROP COLUMN failed_logins;
ALTER TABLE person DROP COLUMN locked_until;
