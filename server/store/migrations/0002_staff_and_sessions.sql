-- Staff users, their second factor and their sessions.
CREATE TABLE staff_users (
    id                  INTEGER PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name        TEXT NOT NULL,
    roles               TEXT NOT NULL,            -- comma-separated role names
    active              INTEGER NOT NULL DEFAULT 1,
    password_hash       TEXT NOT NULL,            -- Argon2id encoded string
    password_changed_at INTEGER NOT NULL,
    totp_sealed         BLOB,                     -- secretbox(TOTP secret); NULL until enrolled
    totp_pending_sealed BLOB,                     -- during enrolment only
    totp_last_step      INTEGER NOT NULL DEFAULT 0, -- replay guard: last accepted time step
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until_ms     INTEGER NOT NULL DEFAULT 0,
    created_at_ms       INTEGER NOT NULL
) STRICT;

CREATE TABLE recovery_codes (
    user_id    INTEGER NOT NULL REFERENCES staff_users(id) ON DELETE CASCADE,
    code_hash  BLOB NOT NULL,                      -- keyed BLAKE2b of the code
    used_at_ms INTEGER,
    PRIMARY KEY (user_id, code_hash)
) STRICT;

CREATE TABLE sessions (
    id              TEXT PRIMARY KEY,              -- public id, safe to show and log
    token_hash      BLOB NOT NULL UNIQUE,          -- keyed BLAKE2b of the bearer token
    user_id         INTEGER NOT NULL REFERENCES staff_users(id),
    device_id       TEXT NOT NULL,
    created_at_ms   INTEGER NOT NULL,
    last_seen_at_ms INTEGER NOT NULL,
    ended_at_ms     INTEGER,
    end_reason      TEXT
) STRICT;
CREATE INDEX sessions_by_user ON sessions (user_id, ended_at_ms);

-- Half of each desktop cache key: released only to a live session of that user on
-- that device. Deleting the row crypto-shreds that workstation's cache.
CREATE TABLE device_secrets (
    user_id       INTEGER NOT NULL REFERENCES staff_users(id),
    device_id     TEXT NOT NULL,
    secret_sealed BLOB NOT NULL,
    created_at_ms INTEGER NOT NULL,
    PRIMARY KEY (user_id, device_id)
) STRICT;
