-- This person's @mentions in colleagues' notes (the Mentions view): ids and
-- times only, the note itself is a message like any other.
CREATE TABLE mentions (
    message_id      INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    by_user         INTEGER NOT NULL,
    at_ms           INTEGER NOT NULL,
    seen            INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX mentions_conversation ON mentions(conversation_id, seen);
