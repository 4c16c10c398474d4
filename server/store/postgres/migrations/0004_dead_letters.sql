-- Signed deliveries we could not apply (server/whatsapp/dead_letters.h), on
-- PostgreSQL: never dropped. The payload is the signed body, patient data, so
-- it is sealed (PatientFields, "dead_letters.payload").
CREATE TABLE dead_letters (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at_ms    bigint NOT NULL,
    reason            text NOT NULL,
    payload           bytea NOT NULL,
    state             text NOT NULL DEFAULT 'pending', -- pending | reprocessed
    attempts          integer NOT NULL DEFAULT 0,
    reprocessed_at_ms bigint NOT NULL DEFAULT 0
);
CREATE INDEX dead_letters_by_state ON dead_letters (state, id);
