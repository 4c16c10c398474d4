-- Facts about this server installation (creation time, later: clinic name, policy).
CREATE TABLE server_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
