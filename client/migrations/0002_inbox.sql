-- What this user may see of the shared inbox, kept up to date by the event
-- stream, and the outbox of replies not yet acknowledged by the server.
CREATE TABLE conversations (
    id                 INTEGER PRIMARY KEY,
    status             TEXT NOT NULL,
    assignee_id        INTEGER NOT NULL DEFAULT 0,
    triage             INTEGER NOT NULL DEFAULT 0,
    unread_count       INTEGER NOT NULL DEFAULT 0,
    last_message_at_ms INTEGER NOT NULL DEFAULT 0,
    contact_name       TEXT NOT NULL DEFAULT '',
    wa_id              TEXT NOT NULL DEFAULT '',
    preview            TEXT NOT NULL DEFAULT '',
    json               TEXT NOT NULL,             -- the whole conversation as the server sent it
    updated_seq        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX conversations_by_activity ON conversations(last_message_at_ms DESC, id DESC);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    sent_at_ms      INTEGER NOT NULL,
    body            TEXT NOT NULL DEFAULT '',
    json            TEXT NOT NULL
) STRICT;
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);

-- Full-text search over what is cached: message text, patient names and numbers.
CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE VIRTUAL TABLE contacts_fts USING fts5(contact_name, wa_id, content='conversations', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO contacts_fts(rowid, contact_name, wa_id) VALUES (new.id, new.contact_name, new.wa_id);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF contact_name, wa_id ON conversations BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, contact_name, wa_id) VALUES ('delete', old.id, old.contact_name, old.wa_id);
    INSERT INTO contacts_fts(rowid, contact_name, wa_id) VALUES (new.id, new.contact_name, new.wa_id);
END;

-- Replies written here before they go to the server: a crash or a restart
-- loses nothing, and the client id makes the resend harmless.
CREATE TABLE outbox (
    client_id       TEXT PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    request         TEXT NOT NULL,                -- the POST body
    created_at_ms   INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    failure         TEXT NOT NULL DEFAULT ''      -- set when the server refused it for good
) STRICT;
