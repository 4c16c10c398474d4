-- Sign-in safety (security review, findings 6-7).
-- A one-time enrolment code, handed over by an admin, is needed besides the
-- password before an authenticator can be bound to an account. Kept only as a
-- keyed hash; at most one live code per person.
CREATE TABLE enrolment_codes (
    user_id       INTEGER PRIMARY KEY REFERENCES staff_users(id) ON DELETE CASCADE,
    code_hash     BLOB NOT NULL,                   -- keyed BLAKE2b of the code
    issued_by     TEXT NOT NULL,                   -- audit actor, e.g. "staff:1" or "cli"
    issued_at_ms  INTEGER NOT NULL,
    expires_at_ms INTEGER NOT NULL
) STRICT;

-- Failed attempts since the last successful sign-in, told to the person when they
-- next sign in. failed_logins (0002) keeps the count; locked_until_ms is no
-- longer used: a hard lock let strangers lock staff out (progressive delays
-- in memory replace it, see LoginThrottle).
ALTER TABLE staff_users ADD COLUMN last_failed_login_ms INTEGER NOT NULL DEFAULT 0;
UPDATE staff_users SET locked_until_ms = 0;
