-- Live secrets never reach staff (issue 10, rule 3). The text a message is sent with (which may
-- carry a one-time link or a pairing code) moves to its own column, kept only while the message
-- waits for SMTP and cleared once it is sent or has finally failed. The body column keeps the text
-- as administrators may see it: links and codes withheld. Held mail (no SMTP) never stores the
-- secret at all.
ALTER TABLE mail_message ADD COLUMN delivery_body VARCHAR(8000);

-- Messages written before this change: what waits to be sent keeps its text for delivery only;
-- what was held or failed may show a link that still works, so its text goes.
UPDATE mail_message SET delivery_body = body, body = '' WHERE status = 'QUEUED';
UPDATE mail_message SET body = '' WHERE status IN ('HELD', 'FAILED');
