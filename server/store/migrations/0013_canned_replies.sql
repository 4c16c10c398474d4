-- Canned replies (issue 21): the clinic's ready answers for the 24-hour window,
-- inserted with "/" in the composer. Written by admins, in English or Spanish;
-- never patient data (PhiGuard checks each one before it is saved).
CREATE TABLE canned_replies (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,              -- what "/" finds: a short name
    language      TEXT NOT NULL,              -- en | es
    body          TEXT NOT NULL,
    updated_by    INTEGER NOT NULL REFERENCES staff_users(id),
    updated_at_ms INTEGER NOT NULL,
    UNIQUE (title, language)
) STRICT;
