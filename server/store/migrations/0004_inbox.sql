-- The shared inbox: patients (contacts), their threads (conversations), every
-- message on every channel, fetched media, and the event log the desktops follow.
CREATE TABLE contacts (
    id                   INTEGER PRIMARY KEY,
    wa_id                TEXT NOT NULL UNIQUE,       -- WhatsApp id (the phone number)
    user_id              TEXT UNIQUE,                -- business-scoped user id, when Meta sends one
    profile_name         TEXT NOT NULL DEFAULT '',
    language             TEXT NOT NULL DEFAULT '',
    consent              TEXT NOT NULL DEFAULT 'patient_initiated',
    opted_out            INTEGER NOT NULL DEFAULT 0, -- STOP / BAJA
    proactive_opt_in     INTEGER NOT NULL DEFAULT 0,
    notice_sent          INTEGER NOT NULL DEFAULT 0,
    created_at_ms        INTEGER NOT NULL
) STRICT;

-- One conversation per patient: UNIQUE(contact_id) is what makes two
-- deliveries for the same patient land in one thread.
CREATE TABLE conversations (
    id                 INTEGER PRIMARY KEY,
    contact_id         INTEGER NOT NULL UNIQUE REFERENCES contacts(id),
    status             TEXT NOT NULL DEFAULT 'open',
    assignee_id        INTEGER REFERENCES staff_users(id),
    triage             INTEGER NOT NULL DEFAULT 0,
    unread_count       INTEGER NOT NULL DEFAULT 0,
    preview            TEXT NOT NULL DEFAULT '',
    last_message_at_ms INTEGER NOT NULL DEFAULT 0,
    last_inbound_at_ms INTEGER NOT NULL DEFAULT 0,
    snoozed_until_ms   INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX conversations_by_activity ON conversations(last_message_at_ms DESC, id DESC);

CREATE TABLE messages (
    id                 INTEGER PRIMARY KEY,
    conversation_id    INTEGER NOT NULL REFERENCES conversations(id),
    channel            TEXT NOT NULL,             -- whatsapp | portal | note
    direction          TEXT NOT NULL,             -- inbound | outbound
    kind               TEXT NOT NULL,
    body               TEXT NOT NULL DEFAULT '',
    content            TEXT NOT NULL DEFAULT '{}',
    wamid              TEXT UNIQUE,               -- at-least-once webhooks dedupe on this
    client_id          TEXT UNIQUE,               -- retries of a desktop's send dedupe on this
    author_id          INTEGER REFERENCES staff_users(id),
    state              TEXT NOT NULL,
    state_at_ms        INTEGER NOT NULL DEFAULT 0, -- timestamp of the status that set `state`
    failure_code       TEXT NOT NULL DEFAULT '',
    failure_reason     TEXT NOT NULL DEFAULT '',
    sent_at_ms         INTEGER NOT NULL,
    proactive          INTEGER NOT NULL DEFAULT 0, -- a template the clinic started
    send_request       TEXT,                       -- the Graph API body while not yet sent
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX messages_by_conversation ON messages(conversation_id, id);
CREATE INDEX messages_to_send ON messages(state, next_attempt_at_ms) WHERE send_request IS NOT NULL;

-- Media of inbound messages, fetched from the Graph API, checked against the
-- webhook's sha256 and kept inside the encrypted store.
CREATE TABLE media (
    message_id  INTEGER PRIMARY KEY REFERENCES messages(id),
    media_id    TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    sha256      TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'pending',   -- pending | stored | failed
    failure     TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL DEFAULT 0,
    data        BLOB,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_attempt_at_ms INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Every change the desktops must see, in one gap-free sequence; written in the
-- same transaction as the change, so a desktop resuming "after N" misses nothing.
CREATE TABLE events (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms     INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    audience  TEXT NOT NULL,                       -- inbox | admins
    payload   TEXT NOT NULL
) STRICT;

CREATE TABLE whatsapp_connection (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    status      TEXT NOT NULL,                     -- ok | needs_reauthorisation
    reason      TEXT NOT NULL DEFAULT '',
    changed_at_ms INTEGER NOT NULL
) STRICT;
