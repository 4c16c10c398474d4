-- The sign-in throttle's windows, shared by every node (server/identity/
-- shared_attempts.h): one row per attempt, `scope` naming the window. On the
-- embedded store one node keeps them in memory (AttemptWindow). Usernames and
-- addresses, never patient data.
CREATE TABLE attempts (
    scope text NOT NULL,
    key   text NOT NULL,
    at_ms bigint NOT NULL
);
CREATE INDEX attempts_by_key ON attempts (scope, key, at_ms);
