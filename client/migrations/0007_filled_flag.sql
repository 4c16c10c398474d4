-- "filled": a whole snapshot has landed in this cache. Before, a cursor meant
-- warm, so a first fill cut short by a lock was never finished; caches that
-- already have a cursor were filled by the code of their day.
INSERT INTO cache_info (key, value) SELECT 'filled', '1' WHERE EXISTS (SELECT 1 FROM cache_info WHERE key = 'last_seq');
