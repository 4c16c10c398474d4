-- Facts about this cache (owner, creation); the inbox adds its tables later.
CREATE TABLE cache_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
