-- Admin console, part 1 (issue 12): workstations, step-up, staff administration.
-- A session remembers where it runs (the workstation's own name, the address it
-- signed in from), when its owner last proved who they are (sign-in, unlock,
-- step-up: changes to staff, sessions and retention need it within 5 minutes),
-- and whether the desktop is locked.
ALTER TABLE sessions ADD COLUMN workstation_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN last_auth_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN locked_at_ms INTEGER NOT NULL DEFAULT 0;   -- 0: not locked
UPDATE sessions SET last_auth_at_ms = created_at_ms;
CREATE INDEX sessions_live ON sessions (ended_at_ms, device_id);

-- A wiped workstation: its sessions were revoked and every cache secret for it
-- destroyed. A desktop that signs in from it again starts with an empty cache.
CREATE TABLE wiped_devices (
    device_id   TEXT NOT NULL,
    wiped_by    TEXT NOT NULL,                    -- audit actor
    wiped_at_ms INTEGER NOT NULL,
    secrets     INTEGER NOT NULL,                 -- cache secrets destroyed
    PRIMARY KEY (device_id, wiped_at_ms)
) STRICT;

-- Staff administration: last sign-in, and a password an admin set that must be
-- changed at the next sign-in.
ALTER TABLE staff_users ADD COLUMN last_login_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;

-- Things compliance must look at: an admin given an inbox role, an admin
-- resetting the credentials of someone who reads patient data, a compliance
-- review of a thread. Shown on the dashboard until acknowledged.
CREATE TABLE compliance_flags (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL,              -- admin_inbox_role | inbox_credentials_reset | review_access
    actor             TEXT NOT NULL,              -- who did it ("staff:3")
    subject           TEXT NOT NULL,              -- whom or what ("staff:9", "conversation:4")
    audit_seq         INTEGER NOT NULL,           -- the audit event behind it
    created_at_ms     INTEGER NOT NULL,
    acknowledged_by   TEXT,
    acknowledged_at_ms INTEGER
) STRICT;
CREATE INDEX compliance_flags_by_time ON compliance_flags (created_at_ms);
