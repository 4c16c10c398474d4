-- Each working view reads an index in its own order holding only open rows: an
-- empty "Mine" or "Triage" reads nothing instead of walking every conversation
-- (issue 22: 220 ms and 124 ms at 20,000 conversations). Mine and Unassigned
-- (holder 0) share the first; the triage queue has its own.
CREATE INDEX conversations_open_by_holder ON conversations(assignee_id, last_message_at_ms DESC, id DESC)
    WHERE status IN ('open', 'pending');
CREATE INDEX conversations_triage ON conversations(last_message_at_ms DESC, id DESC)
    WHERE triage = 1 AND status IN ('open', 'pending');
