-- dialects: postgresql
CREATE TABLE cache_entries (key text PRIMARY KEY, value text);
CREATE UNLOGGED TABLE scratch (id integer);
