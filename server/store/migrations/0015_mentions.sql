-- @mentions in internal notes: a colleague named in a note is told, and the
-- conversation shows in their Mentions view until they have read it.
CREATE TABLE mentions (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    user_id INTEGER NOT NULL REFERENCES staff_users(id),
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    by_user_id INTEGER NOT NULL REFERENCES staff_users(id),
    at_ms INTEGER NOT NULL,
    seen_at_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (message_id, user_id)
);
CREATE INDEX mentions_by_person ON mentions(user_id, at_ms);
