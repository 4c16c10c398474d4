-- Search over everything the server holds (issue 22): message text and patient
-- names, in full-text indexes kept by triggers (the desktops' caches hold only
-- threads opened there). Numbers are matched on contacts.wa_id directly.
-- Retracted, purged and withheld messages are filtered at query time.
-- Building the index over an existing store takes a while at upgrade (about
-- 10 s per 200,000 messages on a 2-core machine); it happens once.
CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages', content_rowid='id',
                                             tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE contacts_fts USING fts5(profile_name, content='contacts', content_rowid='id',
                                             tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, profile_name) VALUES (new.id, new.profile_name);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, profile_name) VALUES ('delete', old.id, old.profile_name);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF profile_name ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, profile_name) VALUES ('delete', old.id, old.profile_name);
    INSERT INTO contacts_fts(rowid, profile_name) VALUES (new.id, new.profile_name);
END;
INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild');
