-- Records (issue 12): retraction, retention with legal holds, compliance review
-- access and incidents.

-- A retracted message stays in the store for the record (who, when, why) and is
-- hidden from the inbox and the portal. A purged one keeps only its metadata
-- (id, times, direction, kind): body, content, media bytes and the send request
-- are gone, and so is every copy of them in the event log.
ALTER TABLE messages ADD COLUMN retracted_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN retracted_by INTEGER REFERENCES staff_users(id);
ALTER TABLE messages ADD COLUMN retraction_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE messages ADD COLUMN purged_at_ms INTEGER NOT NULL DEFAULT 0;
CREATE INDEX messages_unpurged_by_time ON messages(sent_at_ms) WHERE purged_at_ms = 0;

-- Events carry message and conversation payloads (text, previews); retraction
-- and purge rewrite the ones about one conversation, found through these.
CREATE INDEX events_by_subject ON events(kind, json_extract(payload, '$.id'));
CREATE INDEX events_by_conversation ON events(json_extract(payload, '$.conversation_id'));

-- Legal holds: nothing of a held contact or conversation is purged, whatever its age.
CREATE TABLE legal_holds (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER REFERENCES contacts(id),
    conversation_id  INTEGER REFERENCES conversations(id),
    reason           TEXT NOT NULL,
    placed_by        INTEGER NOT NULL REFERENCES staff_users(id),
    placed_at_ms     INTEGER NOT NULL,
    released_by      INTEGER REFERENCES staff_users(id),
    released_at_ms   INTEGER NOT NULL DEFAULT 0,   -- 0: in force
    release_reason   TEXT NOT NULL DEFAULT '',
    CHECK ((contact_id IS NULL) != (conversation_id IS NULL))
) STRICT;
CREATE INDEX legal_holds_in_force ON legal_holds(released_at_ms);

-- One row per purge: what went, in counts (never content).
CREATE TABLE retention_purges (
    id               INTEGER PRIMARY KEY,
    purged_by        INTEGER NOT NULL REFERENCES staff_users(id),
    purged_at_ms     INTEGER NOT NULL,
    cutoff_ms        INTEGER NOT NULL,             -- messages sent before this went
    messages         INTEGER NOT NULL,
    media            INTEGER NOT NULL,
    events           INTEGER NOT NULL,
    dead_letters     INTEGER NOT NULL,
    conversations    INTEGER NOT NULL
) STRICT;

-- A compliance officer's time-limited access to one thread, with a reason.
CREATE TABLE compliance_reviews (
    id               INTEGER PRIMARY KEY,
    conversation_id  INTEGER NOT NULL REFERENCES conversations(id),
    reviewer_id      INTEGER NOT NULL REFERENCES staff_users(id),
    reason           TEXT NOT NULL,
    opened_at_ms     INTEGER NOT NULL,
    expires_at_ms    INTEGER NOT NULL,
    reads            INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Incidents and HIPAA's four-factor risk assessment (45 CFR 164.402(2)).
CREATE TABLE incidents (
    id                  INTEGER PRIMARY KEY,
    type                TEXT NOT NULL,             -- misdirected_message | phi_on_whatsapp | lost_device | other
    conversation_id     INTEGER REFERENCES conversations(id),
    device_id           TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',  -- the reporter's words (encrypted store; never in audit)
    discovered_at_ms    INTEGER NOT NULL,
    reported_by         INTEGER NOT NULL REFERENCES staff_users(id),
    reported_at_ms      INTEGER NOT NULL,
    status              TEXT NOT NULL DEFAULT 'open', -- open | assessed | notified | closed
    status_at_ms        INTEGER NOT NULL,
    nature_of_data      TEXT NOT NULL DEFAULT '',
    unauthorised_recipient TEXT NOT NULL DEFAULT '',
    acquired_or_viewed  TEXT NOT NULL DEFAULT '',  -- yes | no | unknown
    mitigation          TEXT NOT NULL DEFAULT '',
    risk_conclusion     TEXT NOT NULL DEFAULT '',  -- low_probability | breach
    assessed_by         INTEGER REFERENCES staff_users(id),
    assessed_at_ms      INTEGER NOT NULL DEFAULT 0,
    notified_at_ms      INTEGER NOT NULL DEFAULT 0,
    closed_at_ms        INTEGER NOT NULL DEFAULT 0,
    closing_note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX incidents_by_discovery ON incidents(discovered_at_ms);
