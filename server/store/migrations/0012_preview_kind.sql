-- The kind of the message a conversation's preview shows (text, image,
-- portal_link…): the desktop words system and media previews in the reader's
-- language instead of showing the server's English.
ALTER TABLE conversations ADD COLUMN preview_kind TEXT NOT NULL DEFAULT '';
UPDATE conversations SET preview_kind = COALESCE((
    SELECT m.kind FROM messages m
    WHERE m.conversation_id = conversations.id AND m.retracted_at_ms = 0 AND m.purged_at_ms = 0
    ORDER BY m.id DESC LIMIT 1), '');
