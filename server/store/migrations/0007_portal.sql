-- The secure patient portal (issue 11). A staff member escalates a WhatsApp
-- conversation: the patient gets a link (an invitation) that only identifies;
-- they prove who they are with a code sent in the same WhatsApp thread (and
-- their date of birth when the clinic recorded one), then read and write in a
-- portal session. Tokens and codes are kept only as keyed hashes.
CREATE TABLE portal_invitations (
    id                INTEGER PRIMARY KEY,
    conversation_id   INTEGER NOT NULL REFERENCES conversations(id),
    contact_id        INTEGER NOT NULL REFERENCES contacts(id),
    token_hash        BLOB NOT NULL UNIQUE,          -- keyed BLAKE2b of the link's token
    reason            TEXT NOT NULL,                 -- escalation | new_link | nudge
    created_by        INTEGER REFERENCES staff_users(id),
    created_at_ms     INTEGER NOT NULL,
    expires_at_ms     INTEGER NOT NULL,
    state             TEXT NOT NULL DEFAULT 'sent',  -- sent | opened | verified | locked | revoked (expired: by time)
    state_at_ms       INTEGER NOT NULL,
    opened_at_ms      INTEGER NOT NULL DEFAULT 0,   -- first opened (for the compliance figures)
    verified_at_ms    INTEGER NOT NULL DEFAULT 0,
    failed_attempts   INTEGER NOT NULL DEFAULT 0,
    code_hash         BLOB,                          -- the live 6-digit code, keyed hash
    code_expires_at_ms INTEGER NOT NULL DEFAULT 0,
    code_sent_at_ms   INTEGER NOT NULL DEFAULT 0,
    codes_sent        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX portal_invitations_by_conversation ON portal_invitations(conversation_id, id);

-- A browser's hold on the portal: made when a link is opened (unverified),
-- verified by the code, ended by sign-out, timeouts, a lock or staff.
CREATE TABLE portal_sessions (
    id              INTEGER PRIMARY KEY,
    invitation_id   INTEGER NOT NULL REFERENCES portal_invitations(id),
    token_hash      BLOB NOT NULL UNIQUE,            -- keyed BLAKE2b of the cookie's token
    verified_at_ms  INTEGER NOT NULL DEFAULT 0,
    language        TEXT NOT NULL DEFAULT '',
    created_at_ms   INTEGER NOT NULL,
    last_seen_at_ms INTEGER NOT NULL,
    ended_at_ms     INTEGER NOT NULL DEFAULT 0,
    end_reason      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX portal_sessions_by_invitation ON portal_sessions(invitation_id);

-- Recorded by staff from the conversation header; asked on the portal as a
-- guard against a forwarded or mis-sent link. YYYY-MM-DD or empty.
ALTER TABLE contacts ADD COLUMN date_of_birth TEXT NOT NULL DEFAULT '';
-- When the patient was last nudged on WhatsApp about a portal reply.
ALTER TABLE contacts ADD COLUMN last_nudge_at_ms INTEGER NOT NULL DEFAULT 0;
