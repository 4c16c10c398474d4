-- Each conversation row counts its own changes: the list asks only for the ids
-- and revisions of what it shows, and reads (and redraws) only the rows whose
-- revision moved (issue 22: every event re-read all 5,100 loaded rows).
ALTER TABLE conversations ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
