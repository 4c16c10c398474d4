-- Signed checkpoints of the audit chain's head (issue 12). A hash chain alone
-- cannot see its own tail cut off; a checkpoint signed with Ed25519 (subkey 9)
-- vouches that event `seq` existed with hash `hash`. The same lines go to an
-- append-only file in the data folder and into every export.
CREATE TABLE audit_checkpoints (
    seq       INTEGER PRIMARY KEY,   -- the audit event it vouches for
    hash      BLOB NOT NULL,         -- that event's hash
    at_ms     INTEGER NOT NULL,      -- when it was signed (UTC ms)
    signature BLOB NOT NULL          -- Ed25519 over context, seq, hash, at_ms
) STRICT;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;

-- The viewer's filters, each ending in seq so a page is an index range read
-- newest first (keyset paging on seq), not a sort.
CREATE INDEX audit_events_by_actor ON audit_events (actor, seq);
CREATE INDEX audit_events_by_target ON audit_events (target, seq);
CREATE INDEX audit_events_by_action ON audit_events (action, seq);
CREATE INDEX audit_events_by_actor_action ON audit_events (actor, action, seq); -- a person's events of one type
CREATE INDEX audit_events_by_time ON audit_events (at);
