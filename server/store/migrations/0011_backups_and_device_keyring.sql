-- Verified backups and restore drills, written by `carebridge-server backup` and
-- `restore --drill` (second connections beside the running server), shown in
-- the admin console.
CREATE TABLE backup_runs (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('backup', 'drill')),
    name     TEXT NOT NULL,              -- the backup folder's name
    at_ms    INTEGER NOT NULL,
    seconds  REAL NOT NULL,
    bytes    INTEGER NOT NULL,
    verified INTEGER NOT NULL
) STRICT;
CREATE INDEX backup_runs_by_kind ON backup_runs (kind, at_ms);

-- Each device secret is now sealed under a key of its own held in the device
-- keyring, a file outside this store and outside every backup; a wipe destroys
-- that key, so no restore revives the wiped workstation. 0: a row still sealed
-- the old way (under a master-key subkey), re-sealed when the server starts.
ALTER TABLE device_secrets ADD COLUMN wrapped INTEGER NOT NULL DEFAULT 0;
