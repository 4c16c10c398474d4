-- The channel of the message a conversation's preview shows: with
-- [inbox] front_desk_portal = summary, a portal message's preview is withheld
-- from the front desk (server/inbox/minimum_necessary.h).
ALTER TABLE conversations ADD COLUMN preview_channel TEXT NOT NULL DEFAULT '';
UPDATE conversations SET preview_channel = COALESCE((
    SELECT m.channel FROM messages m
    WHERE m.conversation_id = conversations.id AND m.retracted_at_ms = 0 AND m.purged_at_ms = 0
    ORDER BY m.id DESC LIMIT 1), '');
