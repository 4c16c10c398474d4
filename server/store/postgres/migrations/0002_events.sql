-- The events the desktops follow (see server/inbox/event_log.h), on PostgreSQL.
-- Numbers come from event_counter inside the writer's transaction
-- (EventSequence), so they commit in order across nodes and a stream resuming
-- "after N" misses nothing; a bigserial would not (it numbers at INSERT).
-- The payload may quote a patient's words (a preview), so it is sealed.
CREATE TABLE events (
    seq       bigint PRIMARY KEY,
    at_ms     bigint NOT NULL,
    kind      text NOT NULL,
    audience  text NOT NULL,
    payload   bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS event_counter (id integer PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL);
INSERT INTO event_counter VALUES (1, 0) ON CONFLICT DO NOTHING;
