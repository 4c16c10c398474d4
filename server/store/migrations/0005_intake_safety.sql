-- Signed webhook deliveries (or parts of them) that could not be applied. Kept
-- inside the encrypted store, shown to admins, re-processed after an upgrade;
-- never dropped.
CREATE TABLE dead_letters (
    id                INTEGER PRIMARY KEY,
    received_at_ms    INTEGER NOT NULL,
    reason            TEXT NOT NULL,
    payload           BLOB NOT NULL,              -- the signed body, or a delivery holding just the part
    state             TEXT NOT NULL DEFAULT 'pending', -- pending | reprocessed
    attempts          INTEGER NOT NULL DEFAULT 0,
    reprocessed_at_ms INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX dead_letters_by_state ON dead_letters(state, id);

-- A patient's WhatsApp number can move to another patient (a new business-scoped
-- user id arrives with it). The old contact keeps its history and gives the
-- number up: wa_id becomes '~<id>' (no WhatsApp route) and the number is kept here.
ALTER TABLE contacts ADD COLUMN former_wa_id TEXT NOT NULL DEFAULT '';
