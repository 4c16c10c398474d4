-- Attachments this desktop has shown, kept inside the encrypted cache so an
-- image opens again without another download (and another audit entry).
CREATE TABLE media (
    message_id INTEGER PRIMARY KEY,
    mime_type  TEXT NOT NULL,
    data       BLOB NOT NULL
) STRICT;
