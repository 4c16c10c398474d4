-- Search at a busy clinic's scale (issue 22). A number ("15557") is looked for in
-- every wa_id: this index holds the wa_id in activity order, so the scan reads
-- the index alone instead of 20,000 rows (127 ms). The names' full-text index is
-- rebuilt with a trigger that fires only when a name or number changes. (Prefix
-- indexes made "1" 8 ms instead of 15 ms but tripled the index's work during a
-- first sync: GUI-thread stalls of 65-85 ms instead of 40.)
CREATE INDEX conversations_by_activity_numbers ON conversations(last_message_at_ms DESC, id DESC, wa_id, rev);

DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_update;
DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5(contact_name, wa_id, content='conversations', content_rowid='id',
                                             tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON conversations BEGIN
    INSERT INTO contacts_fts(rowid, contact_name, wa_id) VALUES (new.id, new.contact_name, new.wa_id);
END;
-- Only when the name or number really changed: every upsert of a summary used to rewrite its index entry.
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF contact_name, wa_id ON conversations
WHEN old.contact_name IS NOT new.contact_name OR old.wa_id IS NOT new.wa_id BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, contact_name, wa_id) VALUES ('delete', old.id, old.contact_name, old.wa_id);
    INSERT INTO contacts_fts(rowid, contact_name, wa_id) VALUES (new.id, new.contact_name, new.wa_id);
END;
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
