-- A compliance flag is closed by a compliance officer with a note saying what
-- they checked; the flag and who closed it stay (the audit trail has both).
ALTER TABLE compliance_flags ADD COLUMN acknowledged_note TEXT;
CREATE INDEX compliance_flags_open ON compliance_flags (created_at_ms) WHERE acknowledged_at_ms IS NULL;
